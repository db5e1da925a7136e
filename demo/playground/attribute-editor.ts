// Editable attributes of the live gate, and its markup as it stands. Both
// follow the element (a scenario sets attributes too), so they never disagree.
import { builtInLocales, type IdVerificationGate } from '../../src/index.js';

interface Field {
  readonly name: string;
  readonly hint: string;
  /** Choices for a select; '' is "not set" (the gate's default). */
  readonly options?: readonly string[];
  readonly numeric?: true;
}

const fields: readonly Field[] = [
  { name: 'template-id', hint: 'Persona template (itmpl_…) for a new inquiry' },
  { name: 'environment-id', hint: 'Persona environment (env_…)' },
  { name: 'reference-id', hint: 'your id for this person' },
  { name: 'inquiry-id', hint: 'resume this inquiry instead (then clear template-id)' },
  { name: 'locale', hint: 'UI language; not set: the nearest lang', options: ['', ...builtInLocales] },
  { name: 'language', hint: "Persona's flow language; not set: the gate's locale" },
  { name: 'mode', hint: "modal: the gate's modal over the page; inline: inside the gate", options: ['', 'modal', 'inline'] },
  { name: 'max-attempts', hint: 'default 3; the server’s attemptsRemaining wins', numeric: true },
  { name: 'flow-timeout', hint: 'ms until flow_timeout; default 20000', numeric: true },
  { name: 'review-timeout', hint: 'ms of asking while pending; default 120000', numeric: true },
  { name: 'support-url', hint: 'contact / appeal link' },
  { name: 'scope', hint: 'gates of one scope share a result; default "default"' },
  { name: 'persona-host', hint: 'the local sandbox here; not set: Persona production' },
  { name: 'status-url', hint: 'the server decides (set by the scenario)' },
  { name: 'session-url', hint: 'the server creates the inquiry' },
];

/** Attributes the gate writes itself, or that only identify it on this page. */
const notConfiguration = new Set(['id', 'state', 'verified']);

/**
 * Fills `form` with one input per attribute; a change sets the attribute
 * (empty removes it), and values the gate is given elsewhere show up here.
 */
export function wireAttributeEditor(gate: IdVerificationGate, form: HTMLFormElement, markup: HTMLElement): void {
  const inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
  form.replaceChildren(...fields.map((field) => row(field, inputs)));
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    const value = input.value.trim();
    // An invalid value goes to the gate as typed: it shows its own invalid_config error.
    if (value === '') gate.removeAttribute(input.name);
    else gate.setAttribute(input.name, value);
  });

  const refresh = (): void => {
    for (const [name, input] of inputs) {
      if (input !== document.activeElement) input.value = gate.getAttribute(name) ?? '';
    }
    markup.textContent = gateMarkup(gate);
  };
  new MutationObserver(refresh).observe(gate, { attributes: true });
  refresh();
}

function row(field: Field, inputs: Map<string, HTMLInputElement | HTMLSelectElement>): HTMLElement {
  const id = `attr-${field.name}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  label.innerHTML = '<code></code>';
  label.firstElementChild!.textContent = field.name;
  const input = field.options ? select(field.options) : document.createElement('input');
  input.id = id;
  input.name = field.name;
  if (input instanceof HTMLInputElement) {
    input.type = 'text';
    input.spellcheck = false;
    input.autocomplete = 'off';
    if (field.numeric) input.inputMode = 'numeric';
  }
  const hint = document.createElement('span');
  hint.className = 'attr-hint';
  hint.id = `${id}-hint`;
  hint.textContent = field.hint;
  input.setAttribute('aria-describedby', hint.id);
  inputs.set(field.name, input);
  const wrapper = document.createElement('div');
  wrapper.className = 'attr-row';
  wrapper.append(label, input, hint);
  return wrapper;
}

function select(options: readonly string[]): HTMLSelectElement {
  const element = document.createElement('select');
  element.append(...options.map((value) => new Option(value === '' ? '(not set)' : value, value)));
  return element;
}

/** The live gate as a page would write it; the gated content is abbreviated. */
export function gateMarkup(gate: IdVerificationGate): string {
  const attributes = [...gate.attributes]
    .filter((attribute) => !notConfiguration.has(attribute.name))
    .map((attribute) => `  ${attribute.name}="${attribute.value.replaceAll('"', '&quot;')}"`);
  const reason = gate.querySelector('[slot="reason"]')?.outerHTML.replace(/\s+/g, ' ');
  const opening = attributes.length ? ['<id-verification-gate', ...attributes].join('\n') : '<id-verification-gate';
  return [
    `${opening}>`,
    ...(reason ? [`  ${reason}`] : []),
    '  <!-- your gated content: rendered only once verified -->',
    '</id-verification-gate>',
  ].join('\n');
}
