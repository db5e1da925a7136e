// What a person would see cut or spilling in a gate: text past the edge of its box,
// a button or link whose label does not fit inside it, a screen wider than the gate;
// and a word broken across two lines where a reader sees no hyphen.

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

/** Every text node inside a root, in document order. */
function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node as Text);
  return found;
}

/** Every rendered line box of a text node. */
function lineBoxes(text: Text): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(text);
  return [...range.getClientRects()].filter((rect) => rect.width > 0);
}

/**
 * Problems in the gate's shadow root, empty when everything fits: a text line past
 * its element's box or the screen's, a button or link whose label is wider than it or
 * has a line outside it (cut or spilling), the screen wider than the gate.
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
  for (const text of textNodes(root)) {
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
    if (control.scrollWidth > control.clientWidth + 1 || textNodes(control).flatMap(lineBoxes).some((line) => outside(line, box))) {
      problems.push(`the label of ${nameOf(control)} "${control.textContent!.trim()}" is cut`);
    }
  }
  return problems;
}

/**
 * Scripts written without spaces between words, and Hangul (spaced, but it may break
 * anywhere): a line may end between any two of their letters.
 */
const breaksAnywhere = ['Thai', 'Lao', 'Khmer', 'Myanmar', 'Han', 'Hiragana', 'Katakana', 'Hangul'].map((script) => `\\p{scx=${script}}`).join('');

/** A letter (with its marks) of a spaced script: a line that ends between two of them cuts a word. */
const wordLetter = new RegExp(`^(?![${breaksAnywhere}])[\\p{L}\\p{M}]`, 'u');

/** A character with a box of its own (with its marks): not a space, not a soft hyphen or other invisible format character. */
const printed = /[^\s\p{Cf}]\p{M}*/gu;

/** The word around a break as a reader names it: letters, digits, hyphens, apostrophes; soft hyphens left out. */
const wordEnd = /[\p{L}\p{M}\p{N}\u00AD\u2010'’-]*$/u;
const wordStart = /^[\p{L}\p{M}\p{N}\u00AD\u2010'’-]*/u;

/** On the same line: their middles closer than half the smaller height. */
function sameLine(a: DOMRect, b: DOMRect): boolean {
  return Math.abs(a.top + a.bottom - b.top - b.bottom) / 2 < Math.min(a.height, b.height) / 2;
}

/** Where a line ends in a text node: the last printed character on it and the first on the next. */
interface LineBreak {
  end: { from: number; to: number; box: DOMRect };
  next: { from: number; to: number };
}

/**
 * Every line break in a text node, found by bisection over its printed characters
 * (a few Range measurements per line instead of one per character).
 */
function lineBreaks(text: Text): LineBreak[] {
  const printedAt = [...text.data.matchAll(printed)].map((match) => ({ from: match.index, to: match.index + match[0].length }));
  const range = document.createRange();
  const box = (index: number) => {
    range.setStart(text, printedAt[index].from);
    range.setEnd(text, printedAt[index].to);
    // WebKit gives a character that starts a line an empty box at the end of the line before too.
    return [...range.getClientRects()].filter((rect) => rect.width > 0).at(-1) ?? range.getBoundingClientRect();
  };
  const breaks: LineBreak[] = [];
  const last = printedAt.length - 1;
  const lastBox = last > 0 ? box(last) : undefined;
  for (let first = 0, firstBox = box(0); lastBox && first < last && !sameLine(firstBox, lastBox); firstBox = box(first)) {
    let [before, after] = [first, last];
    while (after - before > 1) {
      const middle = (before + after) >> 1;
      if (sameLine(box(middle), firstBox)) before = middle;
      else after = middle;
    }
    breaks.push({ end: { ...printedAt[before], box: box(before) }, next: printedAt[after] });
    first = after;
  }
  return breaks;
}

/**
 * Whether the engine drew a hyphen after the letters that end a line (`hyphens: auto`
 * with the language's dictionary, as Firefox has): their box is as wide as the letters
 * and a hyphen, set alone in the same font, rather than the letters alone.
 */
function endsInDrawnHyphen(parent: Element, letters: string, box: DOMRect): boolean {
  const probe = document.createElement('span');
  probe.style.cssText = 'position: absolute; white-space: pre';
  probe.textContent = letters;
  parent.append(probe);
  const plain = probe.getBoundingClientRect().width;
  probe.textContent = `${letters}-`;
  const hyphenated = probe.getBoundingClientRect().width;
  probe.remove();
  return Math.abs(box.width - hyphenated) < Math.abs(box.width - plain);
}

/**
 * Words broken across two lines between two letters, where a reader sees no hyphen:
 * not at a soft hyphen (U+00AD, drawn as a hyphen there) or after a hyphen, and no
 * hyphen drawn by the engine. A translation with long words needs a soft hyphen at the
 * language's hyphenation point. Scripts without spaces between words (and Hangul)
 * break between letters by design and are not reported.
 */
export function midWordBreaks(gate: Element): string[] {
  const root = gate.shadowRoot;
  if (!root) return ['the gate has no shadow root'];
  const problems: string[] = [];
  for (const text of textNodes(root)) {
    const parent = text.parentElement;
    const lines = lineBoxes(text);
    // One line (most text) cannot break a word: no need to look closer.
    if (!parent || lines.every((line) => sameLine(line, lines[0])) || invisible(parent)) continue;
    for (const { end, next } of lineBreaks(text)) {
      const letters = text.data.slice(end.from, end.to);
      const midWord = end.to === next.from && wordLetter.test(letters) && wordLetter.test(text.data.slice(next.from, next.to));
      if (!midWord || endsInDrawnHyphen(parent, letters, end.box)) continue;
      const before = text.data.slice(0, next.from).match(wordEnd)![0].replaceAll('\u00AD', '');
      const after = text.data.slice(next.from).match(wordStart)![0].replaceAll('\u00AD', '');
      problems.push(`"${before}${after}" breaks as "${before}|${after}" in ${nameOf(parent.closest('[part]') ?? parent)}`);
    }
  }
  return problems;
}
