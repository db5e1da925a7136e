/// <reference types="node" />
// Serves a `(Request) => Promise<Response>` handler (the Persona API stand-in's)
// over HTTP on localhost, for hosts that point their server at it by URL
// (`createPersonaClient({ baseUrl })`) rather than pass its `fetch`.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

export interface ServedOverHttp {
  /** `http://localhost:PORT` */
  readonly url: string;
  close(): Promise<void>;
}

export async function serveOverHttp(handle: (request: Request) => Promise<Response>, { port = 0 } = {}): Promise<ServedOverHttp> {
  const server = createServer((req, res) => {
    handle(toRequest(req)).then(
      (response) => send(res, response),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, 'localhost', resolve));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function toRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', 'http://localhost'), {
    method: req.method ?? 'GET',
    headers,
    ...(hasBody && { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' }),
  } as RequestInit);
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}
