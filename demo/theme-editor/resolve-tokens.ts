// What each token is now on a given gate, as the editor's controls need it:
// colours as #rrggbb (a token may be light-dark(…) or any CSS colour), lengths
// as numbers in the control's unit.
import type { Token } from './tokens.js';

/** The token's value on `gate`, resolved by the browser. */
export function resolveToken(gate: Element, token: Token): string {
  const raw = getComputedStyle(gate).getPropertyValue(token.name).trim();
  if (token.control.kind === 'font') return raw;
  if (token.control.kind === 'length') {
    const value = parseFloat(raw);
    // 0.18s and 180ms are the same duration; the control counts in ms.
    return String(token.control.unit === 'ms' && /\ds$/.test(raw) ? value * 1000 : value);
  }
  // The token's value as written (light-dark(…), a var() already substituted), resolved by a
  // probe beside the gate in the gate's color-scheme.
  const style = getComputedStyle(gate);
  const probe = document.createElement('span');
  probe.hidden = true;
  probe.style.colorScheme = style.colorScheme;
  probe.style.color = raw;
  gate.after(probe);
  try {
    return toHex(getComputedStyle(probe).color);
  } finally {
    probe.remove();
  }
}

/** `rgb(29, 78, 216)` → `#1d4ed8` (what <input type="color"> takes). */
export function toHex(rgb: string): string {
  const channels = rgb.match(/[\d.]+/g)?.slice(0, 3).map(Number) ?? [0, 0, 0];
  return `#${channels.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}
