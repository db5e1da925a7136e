// Stands in for the host's own login in these recipes: the user id from a
// `session` cookie. A real host looks its session up; never trust a bare id.
export function currentUserId(request: Request): string | null {
  const cookie = request.headers.get('cookie') ?? '';
  return /(?:^|;\s*)session=([\w-]+)/.exec(cookie)?.[1] ?? null;
}
