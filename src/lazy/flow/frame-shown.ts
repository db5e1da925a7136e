/** The smallest box, in CSS pixels, in which a person can use Persona's flow. */
const usableSize = 200;

/**
 * Whether the flow's frame is really on screen at a usable size: not inside
 * something hidden, not squeezed to nothing. A gate that says the flow is open
 * while the person cannot see it leaves them stuck.
 */
export function isFrameShown(frame: HTMLIFrameElement): boolean {
  const { width, height } = frame.getBoundingClientRect();
  return frame.isConnected && width >= usableSize && height >= usableSize;
}
