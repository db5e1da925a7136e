// The sandbox's routes, over `node:http`: the stand-in page, its script, the
// preload page, and `POST /outcome`, what the person chose, for the API stand-in.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxPersonaApi } from './persona-api-port.js';
import { PAGE_CSP, PRELOAD_HTML, widgetHtml } from './widget-page.js';

/** The page script, beside this module (built from sandbox.ts with the package). */
const SCRIPT_URL = new URL('./sandbox.js', import.meta.url);

export const COMMON_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The script's URL carries a hash of its content, as Persona's static assets do: cacheable for good, new after an edit. */
async function scriptVersion(): Promise<string> {
  return createHash('sha256').update(await readFile(SCRIPT_URL)).digest('hex').slice(0, 12);
}

export function send(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  res.writeHead(status, { ...COMMON_HEADERS, ...headers, 'Content-Length': Buffer.byteLength(body) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Reads a small JSON body; anything else is `undefined`. */
async function readJson(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 4096) return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * `POST /outcome` `{ inquiryId, outcome }` from the page: passed to the API
 * stand-in (`start`, or `submit` for complete / fail), so the inquiry is decided
 * before the page tells the SDK. Unknown inquiries (created client-side) are ignored.
 */
async function reportOutcome(req: IncomingMessage, res: ServerResponse, personaApi: SandboxPersonaApi | undefined): Promise<void> {
  const body = (await readJson(req)) as { inquiryId?: unknown; outcome?: unknown } | undefined;
  const inquiryId = typeof body?.inquiryId === 'string' ? body.inquiryId : '';
  const known = personaApi?.inquiries().some((inquiry) => inquiry.id === inquiryId);
  let status = 204;
  try {
    if (known && body?.outcome === 'start') await personaApi!.start(inquiryId);
    if (known && (body?.outcome === 'complete' || body?.outcome === 'fail')) await personaApi!.submit(inquiryId, body.outcome);
  } catch {
    // Already decided (someone finished an inquiry that is not open): Persona refuses, and so do we.
    status = 409;
  }
  res.writeHead(status, COMMON_HEADERS);
  res.end();
}

export async function handle(req: IncomingMessage, res: ServerResponse, personaApi: SandboxPersonaApi | undefined): Promise<void> {
  let pathname;
  let inquiryId;
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    pathname = url.pathname;
    inquiryId = url.searchParams.get('inquiry-id');
  } catch {
    pathname = '';
  }
  if (pathname === '/outcome' && req.method === 'POST') {
    await reportOutcome(req, res, personaApi);
    return;
  }
  const routes = new Set(['/widget', '/sandbox.js', '/preload']);
  if (!routes.has(pathname)) {
    send(req, res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found\n');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(req, res, 405, { 'Content-Type': 'text/plain; charset=utf-8', Allow: 'GET, HEAD' }, 'Method not allowed\n');
    return;
  }
  switch (pathname) {
    case '/widget':
      send(req, res, 200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PAGE_CSP }, widgetHtml(personaApi, inquiryId).replace('SCRIPT_VERSION', await scriptVersion()));
      return;
    case '/preload':
      send(req, res, 200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'; script-src 'self'" }, PRELOAD_HTML.replace('SCRIPT_VERSION', await scriptVersion()));
      return;
    case '/sandbox.js': {
      // Read on every request so edits show up without a restart (under a new versioned URL).
      const script = await readFile(SCRIPT_URL, 'utf8');
      send(req, res, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable' }, script);
      return;
    }
  }
}
