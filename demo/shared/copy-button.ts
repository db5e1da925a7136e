/**
 * Copies what `source` shows. The clipboard API needs a secure context (https
 * or localhost) and permission; without them the text is selected instead, so
 * Ctrl+C / ⌘C still works. The outcome is said in `status` (a live region).
 */
export async function copyText(source: HTMLElement, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(source.textContent ?? '');
    say(status, 'Copied');
  } catch {
    getSelection()?.selectAllChildren(source);
    say(status, 'Selected: press Ctrl+C (⌘C) to copy');
  }
}

const clearTimers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

function say(status: HTMLElement, message: string): void {
  status.textContent = message;
  clearTimeout(clearTimers.get(status));
  clearTimers.set(status, setTimeout(() => (status.textContent = ''), 3000));
}
