// What a reviewer looks for in a screenshot, measured in the page: text that
// overflows or is clipped, sideways scrolling, and text contrast (WCAG AA).
// `inspectFrame` runs in the browser (page.evaluate), so it is self-contained.

/**
 * Problems of one gallery frame (the host page around one gate), in words.
 * @param {HTMLElement} frame
 * @returns {string[]}
 */
export function inspectFrame(frame) {
  const problems = [];
  const gate = frame.querySelector('id-verification-gate');
  const root = gate.shadowRoot;
  if (frame.scrollWidth > frame.clientWidth + 1) {
    problems.push(`the frame scrolls sideways (${frame.scrollWidth}px of content in ${frame.clientWidth}px)`);
  }

  /** The flat tree's parent: the slot a light-DOM child is shown in, or a shadow root's host. */
  const parentOf = (node) => node.assignedSlot ?? node.parentElement ?? node.parentNode?.host ?? null;
  const hidden = (element) => {
    for (let node = element; node && node !== frame; node = parentOf(node)) {
      if (node.classList?.contains('visually-hidden') || node.hidden) return true;
    }
    return !element.checkVisibility({ visibilityProperty: true });
  };
  const label = (element, text) => `${element.getAttribute('part') ?? element.localName} "${text.slice(0, 40)}"`;

  // Every visible text of the screen: the gate's own and the host's slotted words.
  const texts = [];
  for (const scope of [root, gate]) {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (text && node.parentElement && !hidden(node.parentElement)) texts.push({ node, text, element: node.parentElement });
    }
  }

  // Overflow: each line box of text must lie inside the gate's box, and no element may clip its content.
  const box = gate.getBoundingClientRect();
  for (const { node, text, element } of texts) {
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.right > box.right + 1 || rect.left < box.left - 1) {
        problems.push(`${label(element, text)} overflows the gate by ${Math.ceil(Math.max(rect.right - box.right, box.left - rect.left))}px`);
        break;
      }
    }
    const style = getComputedStyle(element);
    if (style.overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1) {
      problems.push(`${label(element, text)} is clipped (${element.scrollWidth}px in ${element.clientWidth}px)`);
    }
  }

  // Contrast: text colour on the first opaque background behind it.
  const rgba = (value) => {
    const match = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/.exec(value);
    return match ? [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])] : null;
  };
  const background = (element) => {
    for (let node = element; node; node = parentOf(node)) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour && colour[3] >= 0.99) return colour;
    }
    return [255, 255, 255, 1];
  };
  const luminance = ([r, g, b]) => {
    const channel = (c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const seen = new Set();
  for (const { text, element } of texts) {
    if (seen.has(element)) continue;
    seen.add(element);
    const style = getComputedStyle(element);
    const fg = rgba(style.color);
    const bg = background(element);
    if (!fg) continue;
    // A translucent text colour shows partly the background.
    const blended = fg.slice(0, 3).map((c, i) => c * fg[3] + bg[i] * (1 - fg[3]));
    const [light, dark] = [luminance(blended), luminance(bg)].sort((a, b) => b - a);
    const ratio = (light + 0.05) / (dark + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    if (ratio < needed) {
      problems.push(`${label(element, text)} has contrast ${ratio.toFixed(2)}:1 (needs ${needed}:1): ${style.color} on rgb(${bg.slice(0, 3).join(', ')})`);
    }
  }
  return problems;
}
