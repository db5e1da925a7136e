// Forced colours (Windows High Contrast): the system's colours replace the
// tones; every icon, step mark and heading must stay readable on its
// background. Chromium only (emulated with DevTools' forced-colors feature).
//
//   node --test test/visual/forced-colors.test.mjs     (part of npm test)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openStatesPage } from './render-states.mjs';

let states;
before(async () => {
  states = await openStatesPage();
  // DevTools' own command: puppeteer-core 24 (the line that supports Node 20) does not
  // know forced-colors in emulateMediaFeatures yet.
  const devtools = await states.page.createCDPSession();
  await devtools.send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'prefers-reduced-motion', value: 'reduce' },
      { name: 'forced-colors', value: 'active' },
    ],
  });
  await states.show({ theme: 'light', viewport: 'desktop' });
});
after(() => states?.close());

test('in forced colours, the icon badges keep an outline and the spinner a visible arc', async () => {
  const looks = await states.page.$$eval('id-verification-gate', (gates) =>
    gates.map((gate) => {
      const icon = gate.shadowRoot.querySelector('[part~="icon"]');
      const spinner = gate.shadowRoot.querySelector('[part~="icon"] [part~="spinner"]');
      const style = icon && getComputedStyle(icon);
      return {
        state: gate.state,
        outline: style && { style: style.borderTopStyle, color: style.borderTopColor, background: style.backgroundColor },
        arc: spinner && [getComputedStyle(spinner).borderTopColor, getComputedStyle(spinner).borderRightColor],
      };
    }),
  );
  for (const { state, outline, arc } of looks) {
    assert.ok(outline, `${state} has an icon`);
    const { style, color, background } = outline;
    assert.equal(style, 'solid', `${state}: the badge is outlined`);
    assert.ok(contrast(color, background) >= 3, `${state}: the badge outline ${color} shows on ${background}`);
    if (arc) assert.notEqual(arc[0], arc[1], `${state}: the spinner's arc differs from its track`);
  }
  assert.ok(looks.some(({ arc }) => arc), 'a busy state was checked');
});

test('in forced colours, icons, step marks and headings keep 4.5:1 on their backgrounds', async () => {
  const pairs = await states.page.$$eval('id-verification-gate', (gates) => {
    const color = (element, property) => getComputedStyle(element)[property];
    /** The first opaque background from the element up, through the shadow root. */
    const background = (element) => {
      for (let node = element; node; node = node.parentElement ?? node.getRootNode().host) {
        const value = color(node, 'backgroundColor');
        if (value !== 'rgba(0, 0, 0, 0)') return value;
      }
      return 'rgb(255, 255, 255)';
    };
    return gates.flatMap((gate) =>
      [...gate.shadowRoot.querySelectorAll('[part~="icon"], .step-mark, [part~="heading"]')].map((element) => ({
        what: `${gate.state} ${element.getAttribute('part') ?? element.className}`,
        forced: matchMedia('(forced-colors: active)').matches,
        foreground: color(element, 'color'),
        background: background(element),
      })),
    );
  });
  assert.ok(pairs.length > 20, 'icons, marks and headings found');
  for (const { what, forced, foreground, background } of pairs) {
    assert.ok(forced, 'forced colours are on');
    const ratio = contrast(foreground, background);
    assert.ok(ratio >= 4.5, `${what}: ${foreground} on ${background} is ${ratio.toFixed(2)}:1`);
  }
});

/** WCAG contrast of two `rgb(…)` colours. */
function contrast(a, b) {
  const luminance = (rgb) => {
    const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((channel) => {
      const c = Number(channel) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
