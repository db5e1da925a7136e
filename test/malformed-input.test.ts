// Hundreds of malformed attribute values and backend answers, many gates per page at once.
// Whatever comes in: no uncaught error, no gate stuck past its bound, no unlock, no injected markup.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../src/index.js';
import type { IdVerificationGate } from '../src/index.js';
import { GateStates } from '../src/index.js';
import { startBackend, worker } from './support/backend.js';
import { gatedContentShown, heading, uniqueScope } from './support/fixtures.js';
import {
  fuzzedAttributes,
  hostileValues,
  injectedFlag,
  reviewOnlyAnswers,
  sessionAnswers,
  statusAnswers,
  type Answer,
  type Outcome,
} from './support/malformed-inputs.js';
import { sandboxHost } from './support/persona-sandbox.js';

/**
 * The review's deadline for gates whose answer can only end in `review_timeout` (a server that
 * says "pending" forever, or never answers): short, so a batch ends quickly. Every other gate
 * waits far longer than any answer takes, so its answer, not the machine's speed, decides.
 */
const reviewTimeoutMs = 3000;
const answerDecidesMs = 600_000;
/** A watchdog, not a bound the gates race: how long a batch may take to settle on a loaded machine. */
const settleMs = 25_000;
/** States a gate passes through on its way somewhere; none may last. */
const passing = new Set(['checking', 'loading', 'reviewing']);

interface Case {
  readonly name: string;
  readonly gate: IdVerificationGate;
  /** Where it must end; any documented state but `verified` when undefined. */
  readonly outcome?: Outcome;
  lastError?: string;
}

describe('malformed input', function () {
  this.timeout(40_000);

  const uncaught: unknown[] = [];
  const unlocks: EventTarget[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  const onUnlock = (event: Event) => unlocks.push(event.target!);
  const consoleError = console.error;
  let consoleErrors = 0;
  let gatesAdded = 0;

  before(async () => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    document.addEventListener('idv-verified', onUnlock);
    // One console.error per misconfigured gate is documented; hundreds would drown the test log.
    console.error = () => (consoleErrors += 1);
    await startBackend();
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    document.removeEventListener('idv-verified', onUnlock);
    console.error = consoleError;
  });
  beforeEach(() => {
    consoleErrors = 0;
    gatesAdded = 0;
    unlocks.length = 0;
  });
  afterEach(() => worker.resetHandlers());

  /** Gates with a reason and gated content, all added to the page at once. */
  async function addGates(configs: ReadonlyArray<{ name: string; outcome?: Outcome; attributes: Record<string, string> }>) {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const cases: Case[] = configs.map(({ name, outcome, attributes }) => {
      const gate = document.createElement('id-verification-gate');
      for (const [attribute, value] of Object.entries(attributes)) gate.setAttribute(attribute, value);
      gate.innerHTML = '<p slot="reason">Tools need a verified identity.</p><p id="gated">Advanced tools</p>';
      const entry: Case = { name, gate, ...(outcome && { outcome }) };
      gate.addEventListener('idv-error', (event) => (entry.lastError = event.detail.code));
      return entry;
    });
    container.append(...cases.map((entry) => entry.gate));
    gatesAdded += cases.length;
    return cases;
  }

  /** Waits for every gate to leave the passing states, then checks what a person and the host page see. */
  async function expectSafeEnds(cases: readonly Case[]): Promise<void> {
    await waitUntil(() => cases.every((entry) => !passing.has(entry.gate.state)), 'a gate is stuck', {
      timeout: settleMs,
      interval: 50,
    }).catch(() => {
      const stuck = cases.filter((entry) => passing.has(entry.gate.state));
      throw new Error(`Stuck: ${stuck.map((entry) => `${entry.name} (${entry.gate.state})`).join('; ')}`);
    });
    await Promise.all(cases.map((entry) => entry.gate.updateComplete));
    // Time for any injected script or image handler to run.
    await new Promise((resolve) => setTimeout(resolve, 50));

    const problems: string[] = [];
    for (const { name, gate, outcome, lastError } of cases) {
      const problem = (why: string) => problems.push(`${name}: ${why}`);
      if (!GateStates.includes(gate.state) || gate.getAttribute('state') !== gate.state) problem(`state "${gate.state}"`);
      if (gate.state === 'verified' || gate.hasAttribute('verified') || gatedContentShown(gate)) problem('unlocked');
      if (outcome && gate.state !== outcome.state) problem(`ended in ${gate.state}, not ${outcome.state}`);
      if (outcome?.code && lastError !== outcome.code) problem(`error ${lastError}, not ${outcome.code}`);
      const title = gate.shadowRoot!.querySelector<HTMLElement>('[part~="heading"]');
      if (!heading(gate) || !title?.checkVisibility()) problem('no visible heading');
      problems.push(...injected(gate).map((what) => `${name}: ${what}`));
    }
    expect(problems, 'gates that broke').to.deep.equal([]);
    expect(unlocks, 'idv-verified events').to.deep.equal([]);
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
    expect((window as unknown as Record<string, unknown>)[injectedFlag], 'injected script ran').to.equal(undefined);
    expect(({} as Record<string, unknown>)['status'], 'Object.prototype polluted').to.equal(undefined);
    expect(consoleErrors, 'console.error calls: at most one per gate').to.be.at.most(gatesAdded);
  }

  describe(`${fuzzedAttributes.length} attributes x ${hostileValues.length} values`, () => {
    /** A gate that would be fine but for one attribute; some attributes need a setting that makes them matter. */
    function configFor(attribute: string, value: string, index: number): Record<string, string> {
      const attributes: Record<string, string> = {
        'template-id': 'itmpl_fuzz',
        'persona-host': sandboxHost,
        'flow-timeout': '3000',
        'review-timeout': String(reviewTimeoutMs),
        scope: uniqueScope(),
      };
      if (attribute === 'inquiry-id' || attribute === 'session-url') delete attributes['template-id'];
      // The support link shows on an error no retry can fix.
      if (attribute === 'support-url') attributes['mode'] = 'bogus';
      if (attribute === 'scope') attributes['status-url'] = '/api/idv/status';
      if (attribute === 'preview-detail') attributes['preview-state'] = ['retry', 'blocked', 'error', 'exhausted'][index % 4]!;
      attributes[attribute] = value;
      return attributes;
    }

    for (const attribute of fuzzedAttributes) {
      it(`${attribute}: ${hostileValues.length} values`, async () => {
        // Any status check gets "unverified"; any session request fails; nothing reaches the network.
        worker.use(
          http.get(({ request }) => new URL(request.url).searchParams.has('scope'), () => HttpResponse.json({ status: 'unverified' })),
          http.post(
            async ({ request }) => (await request.clone().text()).includes('"scope"'),
            () => HttpResponse.error(),
          ),
        );
        const cases = await addGates(
          hostileValues.map((value, index) => ({
            name: `${attribute}=${JSON.stringify(value.slice(0, 40))}`,
            attributes: configFor(attribute, value, index),
          })),
        );
        await expectSafeEnds(cases);
        if (attribute === 'session-url') {
          // Start asks the session URL: whatever it is, an error on screen, never a flow.
          const locked = cases.filter((entry) => entry.gate.state === 'locked');
          expect(locked.length, 'gates to start').to.be.greaterThan(5);
          for (const { gate } of locked) gate.start();
          await expectSafeEnds(locked.map((entry) => ({ ...entry, outcome: { state: 'error' } })));
        }
      });
    }
  });

  /** Serves each gate's own answer, keyed by its scope; `first` answers a gate's first status request. */
  function serve(answers: Map<string, Answer>, first?: () => Response) {
    const asked = new Map<string, number>();
    worker.use(
      http.get(
        ({ request }) => answers.has(new URL(request.url).searchParams.get('scope') ?? ''),
        ({ request }) => {
          const scope = new URL(request.url).searchParams.get('scope')!;
          const count = (asked.get(scope) ?? 0) + 1;
          asked.set(scope, count);
          return first && count === 1 ? first() : answers.get(scope)!.respond();
        },
      ),
      http.post(
        async ({ request }) => answers.has(sessionScope(await request.clone().text())),
        async ({ request }) => answers.get(sessionScope(await request.text()))!.respond(),
      ),
    );
  }

  function sessionScope(body: string): string {
    try {
      return String(JSON.parse(body).scope);
    } catch {
      return '';
    }
  }

  /** One gate per answer, each with its own scope; only an answer that ends in `review_timeout` gets the short deadline. */
  function gatesFor(answers: readonly Answer[], attributes: Record<string, string>) {
    const byScope = new Map<string, Answer>();
    const configs = answers.map((answer) => {
      const scope = uniqueScope();
      byScope.set(scope, answer);
      const reviewTimeout = String(answer.outcome.code === 'review_timeout' ? reviewTimeoutMs : answerDecidesMs);
      return { name: answer.name, outcome: answer.outcome, attributes: { ...attributes, scope, 'review-timeout': reviewTimeout } };
    });
    return { byScope, configs };
  }

  const serverGate = {
    'template-id': 'itmpl_fuzz',
    'persona-host': sandboxHost,
    'status-url': '/api/idv/status',
  };

  it(`status-url on connect: ${statusAnswers.length} malformed answers`, async () => {
    const { byScope, configs } = gatesFor(statusAnswers, serverGate);
    serve(byScope);
    await expectSafeEnds(await addGates(configs));
  });

  it(`status-url while reviewing: ${statusAnswers.length + reviewOnlyAnswers.length} malformed answers`, async () => {
    const { byScope, configs } = gatesFor([...statusAnswers, ...reviewOnlyAnswers], serverGate);
    // "pending" on connect: every later answer is one the review has to survive.
    serve(byScope, () => HttpResponse.json({ status: 'pending' }));
    await expectSafeEnds(await addGates(configs));
  });

  it(`session-url on Start: ${sessionAnswers.length} malformed answers`, async () => {
    const { byScope, configs } = gatesFor(sessionAnswers, { 'session-url': '/api/idv/session', 'persona-host': sandboxHost });
    serve(byScope);
    const cases = await addGates(configs);
    expect(cases.map((entry) => entry.gate.state)).to.deep.equal(cases.map(() => 'locked'));
    for (const { gate } of cases) gate.start();
    await expectSafeEnds(cases);
  });
});

/** Markup a value or answer slipped into the gate: elements the gate never renders (its icons are SVG), handlers, links that run script. */
function injected(gate: IdVerificationGate): string[] {
  const root = gate.shadowRoot!;
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (/^(script|img|iframe|object|embed|math|style|link|meta|form|input|foreignObject)$/i.test(element.localName)) {
      found.push(`a <${element.localName}> in the gate`);
    }
    for (const { name } of element.attributes) if (/^on/i.test(name)) found.push(`an ${name} attribute`);
  }
  for (const link of root.querySelectorAll('a')) {
    if (!/^https?:$/.test(new URL(link.href).protocol)) found.push(`a link to ${link.href.slice(0, 40)}`);
  }
  if (gate.children.length !== 2) found.push(`${gate.children.length} children in the light DOM`);
  return found;
}
