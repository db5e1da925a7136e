import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { IdVerificationGate } from '../../src/index.js';
import './test-page.js';
import { sandboxHost } from './persona-sandbox.js';

export interface GateOptions {
  mode?: 'modal' | 'inline';
  maxAttempts?: number;
  flowTimeout?: number;
  personaHost?: string;
  scope?: string;
  statusUrl?: string;
  sessionUrl?: string;
  reviewTimeout?: number;
}

let scopes = 0;
/** A scope of its own per gate: a verified scope stays verified for the page's life. */
export const uniqueScope = () => `test-${++scopes}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * A gate against the local Persona sandbox, with a reason and gated content.
 * `beforeConnect` runs before it joins the page, to catch what it fires on connect.
 */
export async function gateFixture(
  options: GateOptions = {},
  beforeConnect: (gate: IdVerificationGate) => void = () => {},
): Promise<IdVerificationGate> {
  const gate = document.createElement('id-verification-gate');
  const attributes: Record<string, string | number | undefined> = {
    'template-id': 'itmpl_sandbox',
    'environment-id': 'env_sandbox',
    'persona-host': options.personaHost ?? sandboxHost,
    mode: options.mode ?? 'modal',
    'max-attempts': options.maxAttempts ?? 3,
    // Far past any load time: a flow that loads must never lose to the clock on a busy machine.
    'flow-timeout': options.flowTimeout ?? 60_000,
    'support-url': '/help/verify',
    scope: options.scope ?? uniqueScope(),
    'status-url': options.statusUrl,
    'session-url': options.sessionUrl,
    'review-timeout': options.reviewTimeout,
  };
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) gate.setAttribute(name, String(value));
  }
  if (options.sessionUrl) gate.removeAttribute('template-id');
  gate.innerHTML = `<p slot="reason">Advanced tools need a verified identity.</p><p id="gated">Advanced tools</p>`;
  beforeConnect(gate);
  // fixture() owns the container, so open-wc removes it (and the gate) after each test.
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(gate);
  await gate.updateComplete;
  return gate;
}

/** Text of the current screen's heading, as a person reads it. */
export function heading(gate: IdVerificationGate): string {
  return gate.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim() ?? '';
}

/** The gate's visible button with this label. */
export function button(gate: IdVerificationGate, label: string): HTMLButtonElement {
  const found = [...(gate.shadowRoot?.querySelectorAll('button') ?? [])].find(
    (b) => b.textContent?.trim() === label,
  );
  if (!found) throw new Error(`No "${label}" button on the ${gate.state} screen`);
  return found;
}

/** Whether the gated (default-slot) content is rendered for the person. */
export function gatedContentShown(gate: IdVerificationGate): boolean {
  return Boolean(gate.querySelector('#gated')?.checkVisibility());
}

/** Every event the gate can fire. */
export const idvEventTypes = [
  'idv-state-change', 'idv-start', 'idv-ready', 'idv-complete', 'idv-verified', 'idv-declined',
  'idv-exhausted', 'idv-cancel', 'idv-blocked', 'idv-error', 'idv-persona-event',
] as const satisfies ReadonlyArray<keyof HTMLElementEventMap>;

/** Records every `idv-*` event the gate fires, in order. */
export function recordEvents(gate: IdVerificationGate): Array<{ type: string; detail: unknown }> {
  const log: Array<{ type: string; detail: unknown }> = [];
  const names = [
    'idv-state-change', 'idv-start', 'idv-ready', 'idv-complete', 'idv-verified', 'idv-declined',
    'idv-exhausted', 'idv-cancel', 'idv-blocked', 'idv-error',
  ];
  for (const name of names) {
    gate.addEventListener(name, (e) => log.push({ type: name, detail: (e as CustomEvent).detail }));
  }
  return log;
}

/** Waits until the gate has decided where to start (its status check answered). */
export async function untilSettled(gate: IdVerificationGate): Promise<void> {
  while (gate.state === 'checking') {
    await new Promise((resolve) => gate.addEventListener('idv-state-change', resolve, { once: true }));
  }
  await gate.updateComplete;
}

/** Waits for the screen's entrance animation (not the endless spinner): colours read (or checked by axe) mid-fade are not the screen's. */
export async function animationsDone(gate: IdVerificationGate): Promise<void> {
  const entrances = gate.shadowRoot!.getAnimations().filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
  await Promise.all(entrances.map((animation) => animation.finished));
}
