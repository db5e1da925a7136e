// What each fixture app must show, from the packed tarball, in headless Chromium (one flow per app in Firefox ESR too).
import assert from 'node:assert/strict';
import { test } from './harness.mjs';

/** The Persona SDK: persona's own ESM file, or the bundle's lazy chunk of it. */
const isPersonaChunk = (url) => /\/node_modules\/persona\/|\/bundle-chunks\/persona-/.test(url);

/** A flow from Start to the app's own reaction to idv-verified, with the person's clicks. */
async function verifyByClicking(t) {
  assert.equal(await t.toolsShown(), false, 'the gated content is hidden while locked');
  await t.startFlow();
  await t.expectOneFlow();
  await t.approveInSandbox();
  await t.waitForText('#status', 'Unlocked by client');
  await t.waitForState('verified');
  assert.equal(await t.toolsShown(), true, 'the gated content is shown once verified');
  assert.deepEqual(await t.idvEvents(), ['idv-start', 'idv-ready', 'idv-complete', 'idv-verified']);
}

/**
 * Removes the gate mid-flow with `remove`, checks nothing is left, puts it back with `restore`,
 * and runs one flow to the app's "Unlocked by client".
 */
async function remountMidFlow(t, { remove, restore, restoredState = 'locked', restartLabel = 'Start verification' }) {
  const { messageListeners: baseline } = await t.flowTraces();
  await t.startFlow();
  await t.expectOneFlow();

  await remove();
  const gone = await t.expectNoFlow(baseline);
  assert.equal(gone.gates, 0, 'the gate left the page');

  await restore();
  await t.waitForState(restoredState);
  await t.startFlow(restartLabel);
  await t.expectOneFlow();
  await t.postOutcome('complete');
  await t.waitForText('#status', 'Unlocked by client');
  await t.waitForState('verified');
  await t.expectNoFlow(baseline);
}

// 1. A plain HTML page, no bundler: <script type="module" src=".../id-verification-gate.bundle.js">.

test('html-bundle', 'the bundle alone runs a flow; the page’s addEventListener unlocks', async (t) => {
  await t.open();
  const before = [...t.requests];
  assert.deepEqual(
    before.filter((url) => /\/node_modules\/(?!id-verification-gate\/)/.test(url)),
    [],
    'the bundle is self-contained: nothing else is fetched from node_modules',
  );
  // With the default prewarm the SDK may already be loading, once the gate is seen (an approved person never loads it: test/already-verified.test.ts).
  await verifyByClicking(t);
  assert.ok(t.requests.some(isPersonaChunk), 'the Persona SDK comes from its own lazy chunk');
  await t.expectNoFlow(await t.page.evaluate(() => window.__messageListeners));
}, { alsoInFirefox: true });

// The same element removed mid-flow and put back, in both plain pages.
for (const app of ['html-bundle', 'html-importmap']) {
  test(app, 'removing the gate mid-flow leaves nothing; putting it back runs one flow', async (t) => {
    await t.open();
    await remountMidFlow(t, {
      remove: () =>
        t.page.evaluate(() => {
          window.removedGate = document.querySelector('id-verification-gate');
          window.removedGate.remove();
        }),
      restore: () => t.page.evaluate(() => document.querySelector('main').append(window.removedGate)),
      // The same element comes back: it remembers that the person left the flow.
      restoredState: 'cancelled',
      restartLabel: 'Resume',
    });
  });
}

// 2. A plain HTML page, no bundler: the ESM build, with lit's packages and persona mapped by an import map.

test('html-importmap', 'the ESM build runs through an import map; the page’s addEventListener unlocks', async (t) => {
  await t.open();
  const fetched = (name) => t.requests.some((url) => url.includes(`/node_modules/${name}/`));
  assert.ok(fetched('id-verification-gate'), 'the ESM build is loaded');
  assert.ok(fetched('@lit/reactive-element'), 'the element’s lit comes from node_modules through the import map');
  assert.ok(!t.requests.some((url) => url.endsWith('.bundle.js')), 'the bundle is not used');
  assert.equal(await t.page.evaluate(() => typeof process), 'undefined', 'the page defines no process global');

  await verifyByClicking(t);
  // Start is drawn by the screens: lit-html came before it could be clicked (it may come after the page's load).
  assert.ok(fetched('lit-html'), 'the screens’ lit-html comes from node_modules through the import map');
  assert.ok(t.requests.some((url) => url.endsWith('/node_modules/persona/dist/persona.mjs')), 'persona’s ESM build loads through the import map');
}, { alsoInFirefox: true });

// 3. React 19 (StrictMode, development build): the element in JSX, no wrapper.

test('react', 'JSX props become properties and attributes; onidv-verified updates React state', async (t) => {
  await t.open();
  const props = await t.page.evaluate(() => {
    const gate = document.querySelector('id-verification-gate');
    return {
      templateId: gate.templateId,
      environmentId: gate.environmentId,
      strayAttributes: gate.getAttributeNames().filter((name) => /^(templateid|environmentid|fields|on)/i.test(name)),
      personaHostAttribute: gate.getAttribute('persona-host'),
      personaHostProperty: gate.personaHost,
      fields: gate.fields,
    };
  });
  assert.deepEqual(props, {
    templateId: 'itmpl_consumer',
    environmentId: 'env_consumer',
    strayAttributes: [],
    personaHostAttribute: t.sandbox.host,
    personaHostProperty: t.sandbox.host,
    fields: { nameFirst: 'Sam' },
  });
  await verifyByClicking(t);
  await t.waitForText('#gate-state', 'verified');
}, { alsoInFirefox: true });

test('react', 'StrictMode runs an effect that calls start() twice: one flow opens', async (t) => {
  // Count calls of the element's start(), to see StrictMode's double effect really happen.
  await t.page.evaluateOnNewDocument(() => {
    const define = customElements.define;
    customElements.define = function (name, constructor, options) {
      if (name === 'id-verification-gate') {
        const start = constructor.prototype.start;
        window.__startCalls = 0;
        constructor.prototype.start = function (...args) {
          window.__startCalls += 1;
          return start.apply(this, args);
        };
      }
      return define.call(this, name, constructor, options);
    };
  });
  await t.open('index.html?autostart', { state: 'in-progress' });
  const traces = await t.expectOneFlow();
  assert.equal(traces.gates, 1);
  assert.equal(await t.page.evaluate(() => window.__startCalls), 2, 'StrictMode ran the effect twice');
  // The page's resource timing never shows the flow's URL (it holds the session token): count requests.
  const flowPages = t.requests.filter((url) => url.includes('/widget?')).length;
  assert.equal(flowPages, 1, 'one flow page was requested from Persona');
  await t.postOutcome('complete');
  await t.waitForText('#status', 'Unlocked by client');
  assert.deepEqual(await t.idvEvents(), ['idv-start', 'idv-ready', 'idv-complete', 'idv-verified']);
});

frameworkRemountTests('react', 'conditional rendering', 'root.unmount()');

export const reactEventMapping = {};

test('react', 'measured: which on… props React 19 turns into which event listeners', async (t) => {
  await t.open('probe.html', { state: null });
  await t.page.waitForFunction(() => document.body.dataset.probe === 'done');
  const probe = await t.page.evaluate(() => window.probe);
  Object.assign(reactEventMapping, probe);
  assert.deepEqual(
    probe.calls,
    [
      { prop: 'onidv-verified', type: 'idv-verified' },
      { prop: 'onIdvVerified', type: 'IdvVerified' },
      { prop: 'onIdv-verified', type: 'Idv-verified' },
      { prop: 'onClick', type: 'click' },
    ],
    'React 19 listens to the name after "on", exactly as written (case kept); onClick stays a React synthetic event',
  );
  assert.equal(probe.templateIdProperty, 'itmpl_probe', 'templateId is set as a property');
  assert.deepEqual(probe.templateIdAttributes, [], 'templateId is not set as an attribute');
  assert.equal(probe.referenceIdAttribute, 'ref_probe', 'reference-id stays an attribute');
  assert.equal(probe.referenceIdProperty, 'ref_probe', 'and reaches the property through it');
  assert.equal(probe.fieldsIsObject, true, 'an object prop arrives as the object');
  assert.equal(probe.fieldsAttribute, false);
  assert.equal(probe.undefinedElementFieldsAttribute, '[object Object]', 'on a tag not yet defined, an object becomes an attribute');
});

// 4. Vue 3 (single-file components, isCustomElement): @idv-verified in a template.

test('vue', 'bindings reach the element; @idv-verified updates Vue state', async (t) => {
  await t.open();
  const props = await t.page.evaluate(() => {
    const gate = document.querySelector('id-verification-gate');
    return {
      templateId: gate.templateId,
      environmentId: gate.environmentId,
      personaHost: gate.personaHost,
      fields: gate.fields,
      fieldsAttribute: gate.hasAttribute('fields'),
    };
  });
  assert.deepEqual(props, {
    templateId: 'itmpl_consumer',
    environmentId: 'env_consumer',
    personaHost: t.sandbox.host,
    fields: { nameFirst: 'Sam' },
    fieldsAttribute: false,
  });
  await verifyByClicking(t);
  await t.waitForText('#gate-state', 'verified');
}, { alsoInFirefox: true });

frameworkRemountTests('vue', 'v-if', 'app.unmount()');

/** The framework's own two ways to take the gate away mid-flow: hide it, and unmount the whole app. */
function frameworkRemountTests(app, hiddenBy, unmountedBy) {
  test(app, `${hiddenBy} removes the gate mid-flow cleanly; showing it again runs one flow`, async (t) => {
    await t.open();
    await remountMidFlow(t, {
      remove: () => t.clickAppButton('toggle-gate'),
      restore: () => t.clickAppButton('toggle-gate'),
    });
  });

  test(app, `${unmountedBy} mid-flow leaves nothing; mounting the app again runs one flow`, async (t) => {
    await t.open();
    await remountMidFlow(t, {
      remove: () => t.clickAppButton('unmount-app'),
      restore: () => t.clickAppButton('mount-app'),
    });
  });
}
