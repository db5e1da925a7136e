// Persona sandbox: a local stand-in for Persona's inquiry host.
//
// Serves a /widget page that speaks the persona SDK's postMessage protocol so
// the real SDK (`Client`, `setupIframe` + `setupEvents`) runs offline against
// `customHost: 'localhost:PORT'`. Zero dependencies: node:http only. Shipped in
// `id-verification-gate/testing`.
//
//   import { startPersonaSandbox } from 'id-verification-gate/testing';
//   const sandbox = await startPersonaSandbox();   // random free port
//   sandbox.host    // 'localhost:PORT' -> pass as the SDK's customHost
//   sandbox.origin  // 'http://localhost:PORT'
//   await sandbox.close();
//
// With `{ personaApi }` (the Persona API stand-in), what the person does in the
// flow reaches the API as it does at Persona: the inquiry starts, is submitted,
// is decided, and webhooks go out, before the page tells the SDK.
//
// Run directly, once built: node dist/testing/persona-sandbox/server.js [port]   (default 8123)
import { realpathSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SandboxPersonaApi } from './persona-api-port.js';
import { handle, send } from './routes.js';

export type { SandboxPersonaApi } from './persona-api-port.js';

export interface PersonaSandbox {
  /** `localhost:PORT`: the gate's `persona-host`, the SDK's `customHost`. */
  readonly host: string;
  /** `http://localhost:PORT`: where tests post control messages to the flow's frame. */
  readonly origin: string;
  close(): Promise<void>;
}

function makeServer(latency: number, personaApi: SandboxPersonaApi | undefined): Server {
  const server = createServer(async (req, res) => {
    // A network's round trip, when asked for (the benchmark): every answer waits this long.
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    handle(req, res, personaApi).catch((error: unknown) => {
      if (!res.headersSent) send(req, res, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Sandbox error\n');
      else res.destroy();
      console.error('[persona-sandbox]', error);
    });
  });
  // Let close() finish promptly even if a browser keeps a connection alive.
  server.keepAliveTimeout = 1000;
  return server;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeAllConnections?.();
  });
}

/**
 * Starts the local stand-in for Persona's inquiry host (`/widget`) on `localhost`.
 * Port 0 (default) picks a free port; `latency` (ms, default 0) delays every answer,
 * as a distant host would; `personaApi`: the API stand-in the flow reports to.
 */
export async function startPersonaSandbox(
  options: {
    /** 0 (default): a free port. */
    readonly port?: number;
    /** Milliseconds every answer waits, as a distant host's would (default 0). */
    readonly latency?: number;
    /** The API stand-in the flow reports to: start, complete and fail reach it before the SDK hears of them. */
    readonly personaApi?: SandboxPersonaApi;
  } = {},
): Promise<PersonaSandbox> {
  const { port = 0, latency = 0, personaApi } = options;
  const primary = makeServer(latency, personaApi);
  const address = await listen(primary, port, 'localhost');
  const actualPort = address.port;
  const servers = [primary];

  // `localhost` may resolve to 127.0.0.1 or ::1 depending on the machine and
  // the client. Also bind the other loopback address on the same port when
  // possible, so every client reaches the sandbox; failure here is harmless.
  const other = address.family === 'IPv6' || (address.family as unknown) === 6 ? '127.0.0.1' : '::1';
  const secondary = makeServer(latency, personaApi);
  try {
    await listen(secondary, actualPort, other);
    servers.push(secondary);
  } catch {
    // The other family is unavailable or the port is taken there: ignore.
  }

  let closing: Promise<void> | undefined;
  return {
    host: `localhost:${actualPort}`,
    origin: `http://localhost:${actualPort}`,
    close() {
      closing ??= Promise.all(servers.map(closeServer)).then(() => undefined);
      return closing;
    },
  };
}

function isDirectRun(): boolean {
  if (!process.argv[1]) return false;
  try {
    return pathToFileURL(realpathSync(process.argv[1])).href === pathToFileURL(realpathSync(fileURLToPath(import.meta.url))).href;
  } catch {
    return import.meta.url === pathToFileURL(process.argv[1]).href;
  }
}

if (isDirectRun()) {
  const arg = process.argv[2];
  const port = arg === undefined ? 8123 : Number(arg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid port: ${arg}`);
    process.exit(1);
  }
  const sandbox = await startPersonaSandbox({ port });
  console.log(`Persona sandbox on ${sandbox.origin}`);
  const stop = () => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
