// Persona sandbox page logic (served as /sandbox.js; plain browser JS, no build).
//
// Speaks the persona SDK's postMessage protocol from inside its iframe:
//   up   (to the host page): { containerId, templateId, templateVersionId, name, metadata, error }
//   down (from the SDK):     { action: 'open' | 'exit' | 'destroy', metadata }
//   down (from tests/demo):  { personaSandbox: { outcome, code?, message? } } or { personaSandbox: { describe: true } }
// See README.md next to this file.
(function personaSandbox() {
  'use strict';

  var params = new URLSearchParams(window.location.search);
  function param(name) {
    var value = params.get(name);
    return value === null || value === '' ? undefined : value;
  }

  var containerId = param('container-id');
  var templateId = param('inquiry-template-id') || param('template-id');
  var templateVersionId = param('inquiry-template-version-id');
  var resumeInquiryId = param('inquiry-id');
  var passedSessionToken = param('session-token');
  // Where the host page lives: the SDK sets it to its window.location.origin.
  var parentOrigin = param('iframe-origin');
  // Where to post: the SDK's `messageTargetOrigin` option wins when given.
  var targetOrigin = param('message-target-origin') || parentOrigin;
  var flowType = param('flow-type') === 'inline' ? 'inline' : 'embedded';
  var language = param('language');
  var referenceId = param('reference-id');
  var environmentId = param('environment-id');
  var framed = window.parent !== window;

  var ERRORS = {
    application_error: { status: 0, message: 'Sandbox: simulated application error.' },
    invalid_config: { status: 400, message: 'Sandbox: simulated invalid configuration.' },
    inactive_template: { status: 422, message: 'Sandbox: simulated inactive template.' },
    unauthenticated: { status: 409, message: 'Sandbox: simulated expired or invalid session.' },
    unknown: { status: 500, message: 'Sandbox: simulated unknown error.' },
  };

  // Fake identity on purpose: tests check that the gate never leaks these.
  var FAKE_FIELDS = {
    'name-first': { type: 'string', value: 'Alex' },
    'name-last': { type: 'string', value: 'Sample' },
    birthdate: { type: 'date', value: '1990-01-01' },
  };

  // 'waiting' -> 'started' -> 'finished'; 'closed' after destroy; 'invalid' without ids.
  var state = 'waiting';
  var inquiryId;
  var sessionToken;

  var $ = function (id) { return document.getElementById(id); };
  var statusEl = $('status');
  var errorSelect = $('error-code');
  var controls = Array.prototype.slice.call(document.querySelectorAll('[data-outcome], #send-error, #error-code'));

  function randomId(length) {
    var alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    var bytes = new Uint8Array(length);
    window.crypto.getRandomValues(bytes);
    var out = '';
    for (var i = 0; i < length; i++) out += alphabet[bytes[i] % alphabet.length];
    return out;
  }

  function withoutUndefined(object) {
    var out = {};
    Object.keys(object).forEach(function (key) {
      if (object[key] !== undefined) out[key] = object[key];
    });
    return out;
  }

  function post(name, metadata, error) {
    if (state === 'closed') return;
    if (!framed || !targetOrigin) return; // opened directly: nobody to tell
    var message = withoutUndefined({
      containerId: containerId,
      templateId: templateId,
      templateVersionId: templateVersionId,
      name: name,
      metadata: metadata === undefined ? undefined : withoutUndefined(metadata),
      error: error,
    });
    window.parent.postMessage(message, targetOrigin);
  }

  function setStatus(text, tone) {
    if (!framed) text += ' (Not inside a host page: nothing is sent.)';
    statusEl.textContent = text;
    if (tone) statusEl.setAttribute('data-tone', tone);
    else statusEl.removeAttribute('data-tone');
  }

  function render() {
    var enabled = state === 'started';
    controls.forEach(function (el) { el.disabled = !enabled; });
    $('detail-inquiry').textContent = inquiryId || resumeInquiryId || 'not started';
  }

  function pageHeight() {
    return Math.ceil(document.documentElement.scrollHeight);
  }

  function start() {
    if (state !== 'waiting') return;
    inquiryId = resumeInquiryId || 'inq_sandbox_' + randomId(16);
    sessionToken = passedSessionToken || 'sess_sandbox_' + randomId(24);
    state = 'started';
    render();
    setStatus('Verification in progress. Choose an outcome below.');
    post('start', { inquiryId: inquiryId });
    post('page-change', { pathname: '/verify/government-id', pageHeight: pageHeight() });
  }

  function finish(text, tone) {
    state = 'finished';
    render();
    setStatus(text + ' This inquiry is finished; reload to start again.', tone);
  }

  function sendExit() {
    // A force-exit from the host before the flow started does not start it:
    // it reports only what is already known (a resumed inquiry, a passed token).
    post('exit', {
      inquiryId: inquiryId || resumeInquiryId,
      sessionToken: sessionToken || passedSessionToken,
    });
    finish('You left the flow: sent exit.', 'muted');
  }

  function sendError(code, message) {
    var known = Object.prototype.hasOwnProperty.call(ERRORS, code) ? code : 'unknown';
    var spec = ERRORS[known];
    post('error', undefined, {
      status: spec.status,
      code: known,
      message: typeof message === 'string' && message ? message : spec.message,
    });
    return known;
  }

  function outcome(kind, options) {
    options = options || {};
    if (state !== 'waiting' && state !== 'started') return;
    if (['complete', 'fail', 'exit', 'error', 'load-camera-failed'].indexOf(kind) === -1) {
      console.warn('[persona-sandbox] unknown outcome', kind);
      return;
    }
    if (state === 'waiting') start();
    switch (kind) {
      case 'complete':
        post('complete', { inquiryId: inquiryId, status: 'completed', fields: FAKE_FIELDS });
        finish('Approved: sent complete.', 'ok');
        break;
      case 'fail':
        post('fail', { inquiryId: inquiryId, status: 'failed', fields: FAKE_FIELDS });
        finish('Declined: sent fail.', 'bad');
        break;
      case 'exit':
        sendExit();
        break;
      case 'error': {
        var code = sendError(options.code, options.message);
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
  function describe() {
    if (framed && parentOrigin) window.parent.postMessage({ personaSandboxQuery: window.location.search }, parentOrigin);
  }

  function onAction(action) {
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

  window.addEventListener('message', function (event) {
    // Only the page that embeds us may drive the sandbox.
    if (!framed || event.source !== window.parent) return;
    if (parentOrigin && event.origin !== parentOrigin) return;
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    if (data.personaSandbox && typeof data.personaSandbox === 'object') {
      if (data.personaSandbox.describe === true) describe();
      else outcome(data.personaSandbox.outcome, data.personaSandbox);
    } else if (typeof data.action === 'string') {
      onAction(data.action);
    }
  });

  document.querySelectorAll('[data-outcome]').forEach(function (button) {
    button.addEventListener('click', function () {
      outcome(button.getAttribute('data-outcome'));
    });
  });
  $('send-error').addEventListener('click', function () {
    outcome('error', { code: errorSelect.value });
  });

  // Details shown to whoever looks at the page.
  $('detail-template').textContent = templateId || templateVersionId || 'none';
  $('detail-resuming').textContent = resumeInquiryId ? 'yes' : 'no';
  $('detail-language').textContent = language || 'default';
  $('detail-mode').textContent = flowType;
  [['reference', referenceId], ['environment', environmentId]].forEach(function (pair) {
    if (!pair[1]) return;
    $('detail-' + pair[0]).textContent = pair[1];
    $('detail-' + pair[0]).hidden = false;
    $('label-' + pair[0]).hidden = false;
  });
  render();

  if (!templateId && !templateVersionId && !resumeInquiryId) {
    state = 'invalid';
    render();
    var message = 'Either a template id or an inquiry id is required to start a flow.';
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
