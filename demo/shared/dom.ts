/** The element with this id in demo/index.html; a missing one is a bug in the page, so say which. */
export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`demo/index.html has no #${id}`);
  return element as T;
}
