// The stand-in inquiry page the Persona SDK loads in its iframe (`/widget`), its
// Content-Security-Policy, and the `/preload` page. `SCRIPT_VERSION` in both is
// replaced by a hash of the page script when served (server.ts).
import type { SandboxPersonaApi } from './persona-api-port.js';

// Nothing may be fetched from anywhere: only our own script and inline styles.
// No frame-ancestors: the page must be embeddable by any test or demo page.
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // The page reports the person's choices to its own server (the API stand-in, when attached).
  "connect-src 'self'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const WIDGET_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Persona sandbox</title>
<link rel="icon" href="data:,">
<style>
  :root {
    color-scheme: light;
    --ink: #1b1f2a;
    --muted: #4a5163;
    --line: #d5d9e2;
    --accent: #2b44c8;
    --ok: #146c2e;
    --bad: #a3231f;
    --bg: #ffffff;
    --panel: #f4f6fa;
    font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
    font-size: 15px;
    line-height: 1.35;
    color: var(--ink);
    background: var(--bg);
  }
  * { box-sizing: border-box; }
  body { margin: 0; }
  .sandbox { max-width: 34rem; margin: 0 auto; padding: 14px 16px 16px; }
  .badge {
    display: inline-block; margin: 0 0 6px; padding: 2px 8px; border-radius: 999px;
    background: #fff4d6; color: #6b4a00; font-size: 12px; font-weight: 600;
    letter-spacing: .02em; text-transform: uppercase;
  }
  h1 { margin: 0 0 2px; font-size: 21px; line-height: 1.2; }
  h2 { margin: 0 0 8px; font-size: 15px; }
  .lede { margin: 0 0 10px; color: var(--muted); font-size: 14px; }
  .details {
    display: grid; grid-template-columns: auto 1fr; gap: 1px 12px; margin: 0 0 10px;
    padding: 6px 10px; background: var(--panel); border: 1px solid var(--line); border-radius: 8px;
    font-size: 13px;
  }
  .details dt { color: var(--muted); }
  .details [hidden] { display: none; }
  .details dd { margin: 0; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
  .status {
    margin: 0 0 10px; padding: 6px 10px; border-left: 4px solid var(--accent);
    background: #eef1fd; border-radius: 4px; font-size: 14px;
  }
  .status[data-tone="ok"] { border-color: var(--ok); background: #e8f5ec; }
  .status[data-tone="bad"] { border-color: var(--bad); background: #fbeaea; }
  .status[data-tone="muted"] { border-color: var(--line); background: var(--panel); }
  .controls { border: 0; margin: 0; padding: 0; }
  .row { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 10px; }
  .row > button { flex: 1 1 9rem; }
  .more { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 6px 8px; align-items: end; margin: 0 0 10px; }
  .more label { grid-column: 1 / -1; font-weight: 600; font-size: 13px; }
  button, select {
    font: inherit; min-height: 40px; padding: 6px 12px; border-radius: 8px;
    border: 1px solid #8b92a5; background: #fff; color: var(--ink);
  }
  button { cursor: pointer; font-weight: 600; }
  #send-error { white-space: nowrap; }
  button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
  button.danger { color: var(--bad); border-color: var(--bad); }
  button:disabled, select:disabled { cursor: not-allowed; opacity: .45; }
  button:focus-visible, select:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
  .camera { width: 100%; }
  .footnote { margin: 8px 0 0; font-size: 12px; color: var(--muted); }
</style>
<script src="/sandbox.js?v=SCRIPT_VERSION" defer></script>
</head>
<body>
<main class="sandbox" aria-labelledby="sandbox-title">
  <p class="badge">Local simulator</p>
  <h1 id="sandbox-title">Persona sandbox</h1>
  <p class="lede">This is a local simulator of Persona's verification flow. No real ID needed, and nothing leaves this machine.</p>

  <dl class="details" aria-label="Inquiry details">
    <dt>Template</dt><dd id="detail-template">none</dd>
    <dt>Inquiry</dt><dd id="detail-inquiry">not started</dd>
    <dt>Resuming</dt><dd id="detail-resuming">no</dd>
    <dt>Language</dt><dd id="detail-language">default</dd>
    <dt>Mode</dt><dd id="detail-mode">embedded</dd>
    <dt id="label-reference" hidden>Reference</dt><dd id="detail-reference" hidden></dd>
    <dt id="label-environment" hidden>Environment</dt><dd id="detail-environment" hidden></dd>
  </dl>

  <p id="status" class="status" role="status" aria-live="polite">Loading the sandbox…</p>

  <section class="controls" aria-labelledby="controls-title">
    <h2 id="controls-title">Choose what happens</h2>
    <div class="row">
      <button type="button" class="primary" data-outcome="complete" disabled>Approve (complete)</button>
      <button type="button" class="danger" data-outcome="fail" disabled>Decline (fail)</button>
      <button type="button" data-outcome="exit" disabled>Leave the flow (exit)</button>
    </div>
    <div class="more">
      <label for="error-code">Simulate an error</label>
      <select id="error-code" disabled>
        <option value="application_error">application_error (status 0)</option>
        <option value="invalid_config">invalid_config (400)</option>
        <option value="unauthenticated">unauthenticated (409)</option>
        <option value="inactive_template">inactive_template (422)</option>
        <option value="unknown" selected>unknown (500)</option>
      </select>
      <button type="button" id="send-error" disabled>Send error</button>
    </div>
    <button type="button" class="camera" data-outcome="load-camera-failed" disabled>Camera fails</button>
  </section>
  <noscript><p class="footnote">The sandbox needs JavaScript.</p></noscript>
</main>
</body>
</html>
`;

/**
 * The page, told to report outcomes to this server first when the inquiry it
 * loads is one the API stand-in holds (a flow for any other inquiry waits for nothing).
 */
export function widgetHtml(personaApi: SandboxPersonaApi | undefined, inquiryId: string | null | undefined): string {
  if (!personaApi || !inquiryId || !personaApi.inquiries().some((inquiry) => inquiry.id === inquiryId)) return WIDGET_HTML;
  return WIDGET_HTML.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n<meta name="sandbox-reports-outcomes" content="1">');
}

// Like Persona's own /preload page: it loads the flow's static assets (here its one script) into the browser's cache.
export const PRELOAD_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Persona sandbox preload</title>' +
  '<script src="/sandbox.js?v=SCRIPT_VERSION" defer></script></head><body></body></html>\n';

