// What a person would see cut or spilling in a gate: text past the edge of its box,
// a button or link whose label does not fit inside it, a screen wider than the gate.

/** Half a pixel of rounding between engines is not an overflow. */
const slack = 0.5;

function nameOf(element: Element): string {
  const part = element.getAttribute('part');
  return `<${element.localName}${part ? ` part="${part}"` : ''}>`;
}

/** Hidden for screen readers only (clipped to nothing), or not rendered at all. */
function invisible(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.clipPath === 'inset(50%)') return true;
  }
  return element.getClientRects().length === 0;
}

/**
 * Past the box's sides, or with its middle above or below the box. A line's own box
 * spans its font's ascent and descent, which in CJK, Thai and Tamil fonts stands past
 * a tight line height (Firefox reports it so): glyphs that fit, not text that spills.
 */
function outside(inner: DOMRect, outer: DOMRect): boolean {
  const middle = (inner.top + inner.bottom) / 2;
  return (
    inner.left < outer.left - slack ||
    inner.right > outer.right + slack ||
    middle < outer.top ||
    middle > outer.bottom
  );
}

/** Every rendered line box of the text inside an element. */
function textLines(element: Element): DOMRect[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const lines: DOMRect[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) lines.push(...lineBoxes(node as Text));
  return lines;
}

/** Every rendered line box of a text node. */
function lineBoxes(text: Text): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(text);
  return [...range.getClientRects()].filter((rect) => rect.width > 0);
}

/**
 * Problems in the gate's shadow root, empty when everything fits: a text line past
 * its element's box or the screen's, a button or link whose content is wider or
 * has a line outside the control (its label cut or spilling), the screen wider than the gate.
 */
export function layoutProblems(gate: Element): string[] {
  const root = gate.shadowRoot;
  if (!root) return ['the gate has no shadow root'];
  const problems: string[] = [];
  const gateBox = gate.getBoundingClientRect();
  for (const screen of root.querySelectorAll('[part~="screen"], [part~="banner"]')) {
    const box = screen.getBoundingClientRect();
    if (box.left < gateBox.left - slack || box.right > gateBox.right + slack) {
      problems.push(`${nameOf(screen)} is ${Math.round(box.width)} px wide in a ${Math.round(gateBox.width)} px gate`);
    }
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent || !text.data.trim() || invisible(parent)) continue;
    const screen = parent.closest('[part~="screen"], [part~="banner"]');
    const parentBox = parent.getBoundingClientRect();
    const screenBox = screen?.getBoundingClientRect();
    for (const line of lineBoxes(text)) {
      if (outside(line, parentBox) || (screenBox && outside(line, screenBox))) {
        problems.push(`"${text.data.trim().slice(0, 40)}" overflows ${nameOf(parent)}`);
        break;
      }
    }
  }
  for (const control of root.querySelectorAll<HTMLElement>('button, a')) {
    if (invisible(control)) continue;
    const box = control.getBoundingClientRect();
    if (control.scrollWidth > control.clientWidth + 1 || textLines(control).some((line) => outside(line, box))) {
      problems.push(`the label of ${nameOf(control)} "${control.textContent!.trim()}" is cut`);
    }
  }
  return problems;
}
