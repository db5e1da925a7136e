// Persona sandbox page logic, served as /sandbox.js: a classic script (no imports), built
// with the package into dist/testing/persona-sandbox/sandbox.js.
//
// Speaks the persona SDK's postMessage protocol from inside its iframe:
//   up   (to the host page): { containerId, templateId, templateVersionId, name, metadata, error }
//   down (from the SDK):     { action: 'open' | 'exit' | 'destroy', metadata }
//   down (from tests/demo):  { personaSandbox: { outcome, code?, message? } } or { personaSandbox: { describe: true } }
// See README.md next to this file.
(function personaSandbox() {
  // Loaded by /preload only to fill the browser's cache, as Persona's assets are: nothing to run there.
  if (!document.getElementById('sandbox-title')) return;

  const params = new URLSearchParams(window.location.search);
  function param(name: string): string | undefined {
    const value = params.get(name);
    return value === null || value === '' ? undefined : value;
  }

  const containerId = param('container-id');
  const templateId = param('inquiry-template-id') || param('template-id');
  const templateVersionId = param('inquiry-template-version-id');
  const resumeInquiryId = param('inquiry-id');
  const passedSessionToken = param('session-token');
  // Where the host page lives: the SDK sets it to its window.location.origin.
  const parentOrigin = param('iframe-origin');
  // Where to post: the SDK's `messageTargetOrigin` option wins when given.
  const targetOrigin = param('message-target-origin') || parentOrigin;
  const flowType = param('flow-type') === 'inline' ? 'inline' : 'embedded';
  const language = param('language');
  const referenceId = param('reference-id');
  const environmentId = param('environment-id');
  const framed = window.parent !== window;
  // Set by the sandbox server when a Persona API stand-in is attached: what the
  // person does reaches the API (and its webhooks) before the SDK hears of it.
  const reportsOutcomes = document.querySelector('meta[name="sandbox-reports-outcomes"]') !== null;

  type ErrorName = 'application_error' | 'invalid_config' | 'inactive_template' | 'unauthenticated' | 'unknown';
  const ERRORS: Record<ErrorName, { status: number; message: string }> = {
    application_error: { status: 0, message: 'Sandbox: simulated application error.' },
    invalid_config: { status: 400, message: 'Sandbox: simulated invalid configuration.' },
    inactive_template: { status: 422, message: 'Sandbox: simulated inactive template.' },
    unauthenticated: { status: 409, message: 'Sandbox: simulated expired or invalid session.' },
    unknown: { status: 500, message: 'Sandbox: simulated unknown error.' },
  };

  // Fake identity on purpose: tests check that the gate never leaks these.
  const FAKE_FIELDS = {
    'name-first': { type: 'string', value: 'Alex' },
    'name-last': { type: 'string', value: 'Sample' },
    birthdate: { type: 'date', value: '1990-01-01' },
  };

  // 'waiting' -> 'started' -> 'finished'; 'closed' after destroy; 'invalid' without ids.
  let state: 'waiting' | 'started' | 'finished' | 'closed' | 'invalid' = 'waiting';
  let inquiryId: string | undefined;
  let sessionToken: string | undefined;

  const $ = (id: string) => document.getElementById(id)!;
  const statusEl = $('status');
  const errorSelect = $('error-code') as HTMLSelectElement;
  const controls = [...document.querySelectorAll<HTMLButtonElement | HTMLSelectElement>('[data-outcome], #send-error, #error-code')];

  function randomId(length: number): string {
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    const bytes = new Uint8Array(length);
    window.crypto.getRandomValues(bytes);
    let out = '';
    for (const byte of bytes) out += alphabet[byte % alphabet.length];
    return out;
  }

  function withoutUndefined(object: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
  }

  function post(name: string, metadata?: Record<string, unknown>, error?: Record<string, unknown>): void {
    if (state === 'closed') return;
    if (!framed || !targetOrigin) return; // opened directly: nobody to tell
    const message = withoutUndefined({
      containerId,
      templateId,
      templateVersionId,
      name,
      metadata: metadata === undefined ? undefined : withoutUndefined(metadata),
      error,
    });
    window.parent.postMessage(message, targetOrigin);
  }

  /** Tells the sandbox server, then runs `then` (also when the server cannot be reached). */
  function report(outcome: string, then: () => void): void {
    if (!reportsOutcomes || !inquiryId) {
      then();
      return;
    }
    fetch('/outcome', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ inquiryId, outcome }),
    }).then(then, then);
  }

  function setStatus(text: string, tone?: string): void {
    if (!framed) text += ' (Not inside a host page: nothing is sent.)';
    statusEl.textContent = text;
    if (tone) statusEl.setAttribute('data-tone', tone);
    else statusEl.removeAttribute('data-tone');
  }

  function render(): void {
    const enabled = state === 'started';
    for (const control of controls) control.disabled = !enabled;
    $('detail-inquiry').textContent = inquiryId || resumeInquiryId || 'not started';
  }

  function pageHeight(): number {
    return Math.ceil(document.documentElement.scrollHeight);
  }

  function start(): void {
    if (state !== 'waiting') return;
    inquiryId = resumeInquiryId || 'inq_sandbox_' + randomId(16);
    sessionToken = passedSessionToken || 'sess_sandbox_' + randomId(24);
    state = 'started';
    render();
    setStatus('Verification in progress. Choose an outcome below.');
    post('start', { inquiryId });
    post('page-change', { pathname: '/verify/government-id', pageHeight: pageHeight() });
    report('start', () => {});
  }

  function finish(text: string, tone: string): void {
    state = 'finished';
    render();
    setStatus(text + ' This inquiry is finished; reload to start again.', tone);
  }

  function sendExit(): void {
    // A force-exit from the host before the flow started does not start it:
    // it reports only what is already known (a resumed inquiry, a passed token).
    post('exit', {
      inquiryId: inquiryId || resumeInquiryId,
      sessionToken: sessionToken || passedSessionToken,
    });
    finish('You left the flow: sent exit.', 'muted');
  }

  function sendError(code: unknown, message: unknown): ErrorName {
    const known = typeof code === 'string' && Object.hasOwn(ERRORS, code) ? (code as ErrorName) : 'unknown';
    const spec = ERRORS[known];
    post('error', undefined, {
      status: spec.status,
      code: known,
      message: typeof message === 'string' && message ? message : spec.message,
    });
    return known;
  }

  function outcome(kind: unknown, options: { code?: unknown; message?: unknown } = {}): void {
    if (state !== 'waiting' && state !== 'started') return;
    if (typeof kind !== 'string' || !['complete', 'fail', 'exit', 'error', 'load-camera-failed'].includes(kind)) {
      console.warn('[persona-sandbox] unknown outcome', kind);
      return;
    }
    if (state === 'waiting') start();
    switch (kind) {
      case 'complete':
        state = 'finished';
        report('complete', () => {
          post('complete', { inquiryId, status: 'completed', fields: FAKE_FIELDS });
          finish('Approved: sent complete.', 'ok');
        });
        break;
      case 'fail':
        state = 'finished';
        report('fail', () => {
          post('fail', { inquiryId, status: 'failed', fields: FAKE_FIELDS });
          finish('Declined: sent fail.', 'bad');
        });
        break;
      case 'exit':
        sendExit();
        break;
      case 'error': {
        const code = sendError(options.code, options.message);
        setStatus('Sent error "' + code + '" (status ' + ERRORS[code].status + '). The flow is still open.', 'bad');
        break;
      }
      case 'load-camera-failed':
        post('load-camera-failed', { reason: 'NotAllowedError' });
        setStatus('Sent a camera failure (NotAllowedError). The flow is still open.', 'bad');
        break;
    }
  }

  // Tests ask what the page was loaded with: the host page itself no longer holds the URL.
  function describe(): void {
    if (framed && parentOrigin) window.parent.postMessage({ personaSandboxQuery: window.location.search }, parentOrigin);
  }

  function onAction(action: string): void {
    if (state === 'closed') return;
    switch (action) {
      case 'open':
        if (state === 'waiting') start();
        break;
      case 'exit':
        if (state === 'waiting' || state === 'started') sendExit();
        break;
      case 'destroy':
        state = 'closed';
        render();
        statusEl.setAttribute('data-tone', 'muted');
        statusEl.textContent = 'Closed by the host page.';
        break;
    }
  }

  window.addEventListener('message', (event: MessageEvent) => {
    // Only the page that embeds us may drive the sandbox.
    if (!framed || event.source !== window.parent) return;
    if (parentOrigin && event.origin !== parentOrigin) return;
    const data: unknown = event.data;
    if (!data || typeof data !== 'object') return;
    const { personaSandbox: control, action } = data as { personaSandbox?: unknown; action?: unknown };
    if (control && typeof control === 'object') {
      const asked = control as { describe?: unknown; outcome?: unknown; code?: unknown; message?: unknown };
      if (asked.describe === true) describe();
      else outcome(asked.outcome, asked);
    } else if (typeof action === 'string') {
      onAction(action);
    }
  });

  for (const button of document.querySelectorAll('[data-outcome]')) {
    button.addEventListener('click', () => outcome(button.getAttribute('data-outcome')));
  }
  $('send-error').addEventListener('click', () => outcome('error', { code: errorSelect.value }));

  // Details shown to whoever looks at the page.
  $('detail-template').textContent = templateId || templateVersionId || 'none';
  $('detail-resuming').textContent = resumeInquiryId ? 'yes' : 'no';
  $('detail-language').textContent = language || 'default';
  $('detail-mode').textContent = flowType;
  for (const [name, value] of [['reference', referenceId], ['environment', environmentId]] as const) {
    if (!value) continue;
    $(`detail-${name}`).textContent = value;
    $(`detail-${name}`).hidden = false;
    $(`label-${name}`).hidden = false;
  }
  render();

  if (!templateId && !templateVersionId && !resumeInquiryId) {
    state = 'invalid';
    render();
    const message = 'Either a template id or an inquiry id is required to start a flow.';
    post('error', undefined, { status: 400, code: 'invalid_config', message: message });
    setStatus('Invalid configuration: ' + message, 'bad');
    return;
  }

  post('load');
  post('ready', {
    preferredDimensions: {
      minimumWidth: '320px',
      maximumWidth: '400px',
      minimumHeight: '500px',
      maximumHeight: '650px',
    },
  });

  if (flowType === 'inline') {
    start();
  } else {
    setStatus('Waiting for the host page to open the flow.');
  }
})();
