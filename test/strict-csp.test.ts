import { expect, oneEvent } from '@open-wc/testing';
import type { StrictCspPage } from './pages/strict-csp-types.js';
import { sandboxHost } from './support/persona-sandbox.js';
import './support/test-page.js';

/** The strict-CSP host page in a frame of the given size (a phone or a desktop window). */
async function strictPage(mode: 'modal' | 'inline', size: { width: number; height: number }, query: Record<string, string> = {}) {
  const frame = document.createElement('iframe');
  frame.width = String(size.width);
  frame.height = String(size.height);
  frame.src = `/test/pages/strict-csp.html?${new URLSearchParams({ mode, 'persona-host': sandboxHost, ...query })}`;
  document.body.append(frame);
  await oneEvent(frame.contentWindow!, 'page-ready');
  return { frame, page: frame.contentWindow as unknown as Window & StrictCspPage };
}

/** The strict-CSP page with its gate's flow open (Start pressed, Persona ready). */
async function strictPageWithFlow(mode: 'modal' | 'inline', size: { width: number; height: number }) {
  const opened = await strictPage(mode, size);
  const { gate } = opened.page;
  const ready = oneEvent(gate, 'idv-ready');
  gate.start();
  await ready;
  await gate.updateComplete;
  return opened;
}

/** Where an element is inside its frame's viewport. */
function box(element: Element) {
  const { x, y, width, height } = element.getBoundingClientRect();
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
}

describe("a host page under default-src 'self'; style-src 'self'", () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('enforces its policy: an inline style is refused and reported', async () => {
    const { frame, page } = await strictPage('modal', { width: 800, height: 700 });
    frames.push(frame);
    const reported = oneEvent(page.document, 'securitypolicyviolation');
    page.document.head.append(Object.assign(page.document.createElement('style'), { textContent: 'main { color: red }' }));
    await reported;
    expect(page.violations).to.have.length(1);
    expect(page.violations[0]).to.match(/^style-src/);
  });

  for (const mode of ['modal', 'inline'] as const) {
    it(`runs the ${mode} flow with the real SDK, on screen at a usable size, with no violation`, async () => {
      const { frame, page } = await strictPageWithFlow(mode, { width: 800, height: 700 });
      frames.push(frame);
      const { gate } = page;

      const flow = gate.shadowRoot!.querySelector('iframe')!;
      const dialog = gate.shadowRoot!.querySelector('dialog');
      if (mode === 'modal') {
        expect(dialog?.open).to.be.true;
        expect(dialog!.contains(flow)).to.be.true;
        // Centred in the window, Persona's preferred size: 400 × 650 at most.
        const shown = box(dialog!);
        expect(shown.width).to.be.within(320, 400);
        expect(shown.height).to.be.within(500, 650);
        expect(shown.x).to.be.above(0);
        expect(shown.y).to.be.at.least(0);
        expect(shown.x + shown.width).to.be.below(800);
        expect(shown.y + shown.height).to.be.at.most(700);
        expect(page.getComputedStyle(page.document.documentElement).overflow).to.equal('hidden');
      } else {
        expect(dialog).to.equal(null);
        expect(box(flow).width).to.be.at.least(320);
      }
      expect(box(flow).height).to.be.at.least(400);

      const verified = oneEvent(gate, 'idv-verified');
      page.finishFlow('complete');
      await verified;
      await gate.updateComplete;
      expect(gate.state).to.equal('verified');
      expect(gate.shadowRoot!.querySelector('iframe, dialog')).to.equal(null);
      expect(page.violations).to.deep.equal([]);
    });
  }

  for (const mode of ['modal', 'inline'] as const) {
    it(`a policy that refuses Persona's frame is flow_timeout at once, never an open flow (${mode})`, async () => {
      const { frame, page } = await strictPage(mode, { width: 800, height: 700 }, { frames: 'none', 'flow-timeout': '60000' });
      frames.push(frame);
      const { gate } = page;
      const failed = oneEvent(gate, 'idv-error');
      gate.start();
      expect((await failed).detail.code).to.equal('flow_timeout');
      await gate.updateComplete;
      expect(gate.state).to.equal('error');
      expect(gate.shadowRoot!.querySelector('iframe, dialog')).to.equal(null);
      // The one violation is the refused frame, reported with Persona's origin only.
      expect(page.violations).to.deep.equal([`frame-src: http://${sandboxHost}`]);
    });
  }

  it('takes the whole screen on a phone', async () => {
    const { frame, page } = await strictPageWithFlow('modal', { width: 360, height: 640 });
    frames.push(frame);
    const { gate } = page;
    const viewport = page.document.documentElement;
    expect(box(gate.shadowRoot!.querySelector('dialog')!)).to.deep.equal({
      x: 0,
      y: 0,
      width: viewport.clientWidth,
      height: viewport.clientHeight,
    });
    expect(page.violations).to.deep.equal([]);
    gate.remove();
  });
});
