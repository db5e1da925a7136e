// A small browser-test harness over puppeteer-core: one fresh browser context per test,
// console errors / warnings, page errors and failed requests fail the test, and helpers
// that act on the gate as a person (and a test driving the Persona sandbox) would.
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';

const registered = [];

/**
 * Registers a test for one fixture app. `fn({ page, app, ... })`. Every test runs in
 * Chromium; `alsoInFirefox` runs it in Firefox ESR too (one flow per app).
 */
export function test(app, name, fn, { allowConsole = [], alsoInFirefox = false } = {}) {
  registered.push({ app, name, fn, allowConsole, alsoInFirefox });
}

export function registeredTests() {
  return registered;
}

/** Counts `message` listeners on each window, so a test can see that none leak. */
const TRACK_MESSAGE_LISTENERS = `(() => {
  const live = new Set();
  const { addEventListener, removeEventListener } = window;
  window.addEventListener = function (type, listener, ...rest) {
    if (type === 'message') live.add(listener);
    return addEventListener.call(this, type, listener, ...rest);
  };
  window.removeEventListener = function (type, listener, ...rest) {
    if (type === 'message') live.delete(listener);
    return removeEventListener.call(this, type, listener, ...rest);
  };
  Object.defineProperty(window, '__messageListeners', { get: () => live.size });
  // Every idv-* event that reaches the document (they bubble and are composed), in order.
  const events = (window.__idvEvents = []);
  for (const type of ['idv-start', 'idv-ready', 'idv-complete', 'idv-verified', 'idv-cancel', 'idv-error']) {
    document.addEventListener(type, () => events.push(type), true);
  }
})();`;

/**
 * Runs one test in a new incognito browser context (no shared BroadcastChannel, storage
 * or cache with other tests). Returns undefined on success, else the error.
 */
export async function runTest(browser, { app, fn, allowConsole }, env, timeoutMs) {
  const context = await browser.createBrowserContext();
  const problems = [];
  const requests = [];
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1024, height: 800 });
    await page.evaluateOnNewDocument(TRACK_MESSAGE_LISTENERS);
    page.on('console', (message) => {
      const type = message.type();
      if (type !== 'error' && type !== 'warn' && type !== 'warning') return;
      const text = message.text();
      if (allowConsole.some((pattern) => pattern.test(text))) return;
      problems.push(`console.${type}: ${text}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });

    const ctx = { page, app, requests, ...env, ...helpers(page, app, env) };
    let timer;
    await Promise.race([
      fn(ctx),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
    assert.deepEqual(problems, [], 'the page logged errors or warnings');
    return undefined;
  } catch (error) {
    if (problems.length && !String(error?.message).includes('logged errors')) {
      error.message += `\n      (page problems: ${problems.join(' | ')})`;
    }
    return error;
  } finally {
    await context.close().catch(() => {});
  }
}

const WAIT = { timeout: 10_000, polling: 50 };

function helpers(page, app, { origin, sandbox }) {
  const h = {
    /** Opens the app's page (query string optional) and waits for the gate to settle. */
    async open(path = 'index.html', { state = 'locked' } = {}) {
      await page.goto(`${origin}/${app}/${path}`, { waitUntil: 'load' });
      if (state) await h.waitForState(state);
    },

    /** The gate's `state` property, or null when no gate is in the page. */
    state: () => page.evaluate(() => document.querySelector('id-verification-gate')?.state ?? null),

    async waitForState(state) {
      try {
        await page.waitForFunction((s) => document.querySelector('id-verification-gate')?.state === s, WAIT, state);
      } catch (error) {
        error.message = `gate never reached "${state}" (it is "${await h.state()}"): ${error.message}`;
        throw error;
      }
    },

    /** Clicks one of the gate's buttons (in its shadow root) by its visible label, with the mouse. */
    async clickGateButton(label) {
      const handle = await page.waitForFunction(
        (text) => {
          const buttons = document.querySelector('id-verification-gate')?.shadowRoot?.querySelectorAll('button') ?? [];
          return [...buttons].find((button) => button.textContent.trim() === text && !button.disabled) ?? false;
        },
        WAIT,
        label,
      );
      await handle.asElement().click();
      await handle.dispose();
    },

    /**
     * Clicks a button of the app itself (light DOM) by id with `element.click()`: while the
     * flow is open the gate's modal makes the page inert, so this stands for the app's own code
     * (a route change, a timer) unmounting the gate, not for a person's click.
     */
    async clickAppButton(id) {
      await page.$eval(`#${id}`, (button) => button.click());
    },

    /** Clicks Start and waits until Persona's flow is on screen. */
    async startFlow(label = 'Start verification') {
      await h.clickGateButton(label);
      await h.waitForState('in-progress');
    },

    /** Clicks "Approve (complete)" inside the flow's cross-origin iframe, as a person would. */
    async approveInSandbox() {
      const frameElement = await page.waitForFunction(
        () => document.querySelector('id-verification-gate')?.shadowRoot?.querySelector('iframe') ?? false,
        WAIT,
      );
      const frame = await frameElement.asElement().contentFrame();
      assert.equal(new URL(frame.url()).origin, sandbox.origin, 'the flow runs on the Persona sandbox');
      const approve = await frame.waitForSelector('button[data-outcome="complete"]:not([disabled])', WAIT);
      await approve.click();
    },

    /** Posts a sandbox control message to the flow's iframe from the page that embeds it. */
    async postOutcome(outcome) {
      await page.evaluate(
        (message, target) => {
          const frame = document.querySelector('id-verification-gate')?.shadowRoot?.querySelector('iframe');
          if (!frame?.contentWindow) throw new Error('No Persona flow is open');
          frame.contentWindow.postMessage(message, target);
        },
        { personaSandbox: { outcome } },
        sandbox.origin,
      );
    },

    /** Waits for an element of the app to show exactly this text. */
    async waitForText(selector, text) {
      try {
        await page.waitForFunction((sel, t) => document.querySelector(sel)?.textContent.trim() === t, WAIT, selector, text);
      } catch (error) {
        const actual = await page.evaluate((sel) => document.querySelector(sel)?.textContent.trim(), selector);
        error.message = `${selector} never read "${text}" (it reads "${actual}"): ${error.message}`;
        throw error;
      }
    },

    /** What Persona (or a flow) has put into the page, and the live `message` listeners. */
    flowTraces: () =>
      page.evaluate(() => {
        const gates = [...document.querySelectorAll('id-verification-gate')];
        const inGates = (selector) => gates.reduce((n, gate) => n + (gate.shadowRoot?.querySelectorAll(selector).length ?? 0), 0);
        return {
          gates: gates.length,
          iframes: document.querySelectorAll('iframe').length + inGates('iframe'),
          // The gate's own modal around the flow (a <dialog> in its shadow root).
          dialogs: inGates('dialog'),
          // Persona's modal Client, which the gate does not use: its overlay and styles must never appear.
          overlays: document.querySelectorAll('.persona-widget__overlay').length,
          widgetStyles: document.querySelectorAll('#persona-widget-styles').length,
          globalStyles: document.querySelectorAll('#persona-global-styles').length,
          pageScrollLocked: getComputedStyle(document.documentElement).overflow === 'hidden',
          messageListeners: window.__messageListeners,
        };
      }),

    /** The idv-* events seen on the document so far (types, in order). */
    idvEvents: () => page.evaluate(() => window.__idvEvents),

    /** Exactly one flow on the page: one iframe in one modal, and nothing of Persona's modal Client. */
    async expectOneFlow() {
      // Let a second, unwanted flow (a double mount, a double start) show up if it would.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const traces = await h.flowTraces();
      assert.deepEqual(
        { iframes: traces.iframes, dialogs: traces.dialogs, overlays: traces.overlays, widgetStyles: traces.widgetStyles },
        { iframes: 1, dialogs: 1, overlays: 0, widgetStyles: 0 },
        'one flow on the page',
      );
      return traces;
    },

    /**
     * Nothing of a flow left: no iframe, modal, overlay or style, no scroll lock, no message listener beyond
     * `baselineListeners`. Frameworks commit and the gate tears down asynchronously, so
     * this waits up to 2 s for the page to be clean before it compares.
     */
    async expectNoFlow(baselineListeners) {
      const clean = {
        iframes: 0,
        dialogs: 0,
        overlays: 0,
        widgetStyles: 0,
        globalStyles: 0,
        pageScrollLocked: false,
        messageListeners: baselineListeners,
      };
      const pick = (traces) => Object.fromEntries(Object.keys(clean).map((key) => [key, traces[key]]));
      const deadline = Date.now() + 2000;
      let traces = await h.flowTraces();
      while (!isDeepStrictEqual(pick(traces), clean) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        traces = await h.flowTraces();
      }
      assert.deepEqual(pick(traces), clean, 'nothing of the flow is left in the page');
      return traces;
    },

    /** Whether the gated content (the gate's unslotted child #tools) is rendered. */
    toolsShown: () =>
      page.evaluate(() => {
        const tools = document.querySelector('id-verification-gate #tools');
        return Boolean(tools?.assignedSlot && tools.getClientRects().length > 0);
      }),
  };
  return h;
}
