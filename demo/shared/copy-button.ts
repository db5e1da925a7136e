/**
 * Makes `button` copy what `source` shows. The clipboard API needs a secure
 * context (https or localhost); elsewhere the text is selected instead, so
 * Ctrl+C / ⌘C still works. The outcome is announced through `status`.
 */
export function wireCopyButton(button: HTMLButtonElement, source: HTMLElement, status: HTMLElement): void {
  let clear: ReturnType<typeof setTimeout> | undefined;
  const say = (message: string): void => {
    status.textContent = message;
    clearTimeout(clear);
    clear = setTimeout(() => (status.textContent = ''), 2500);
  };
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.textContent ?? '');
      say('Copied');
    } catch {
      getSelection()?.selectAllChildren(source);
      say('Selected: press Ctrl+C (⌘C) to copy');
    }
  });
}
