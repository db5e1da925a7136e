/** Animation frames to keep trying: about half a second, longer than any engine took. */
const attempts = 30;

/**
 * Moves keyboard focus into a flow's iframe. Firefox refuses at first when the
 * frame loaded while hidden (a flow prepared ahead of the click) and has only
 * just been shown: focus stays on the modal's first button, so a keyboard user
 * would start outside the flow. Tried again on the next frames until the frame
 * has focus, unless the person has moved focus meanwhile.
 */
export function focusFrame(frame: HTMLIFrameElement, left = attempts): void {
  frame.focus();
  const root = frame.getRootNode() as Document | ShadowRoot;
  if (root.activeElement === frame || left === 0) return;
  const where = root.activeElement;
  requestAnimationFrame(() => {
    if (frame.isConnected && root.activeElement === where) focusFrame(frame, left - 1);
  });
}
