// A plain static file server (node:http, no dependencies) for the built demo:
// what any static host does, and nothing more. Used by `npm run screenshots`
// and the static-build test; also handy by hand:
//
//   node scripts/demo-static-server.mjs [dir=demo-dist] [port=8080]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `dir` on localhost. Directories redirect to their slash form (query
 * kept) and serve their index.html, as common static hosts do.
 * @returns {Promise<{ origin: string, port: number, close(): Promise<void> }>}
 */
export async function serveStatic(dir, { port = 0 } = {}) {
  const rootDir = resolve(dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = normalize(join(rootDir, decodeURIComponent(url.pathname)));
    if (path !== rootDir && !path.startsWith(rootDir + sep)) return end(res, 403, 'Forbidden');
    let info = await stat(path).catch(() => undefined);
    let file = path;
    if (info?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        return res.end();
      }
      file = join(path, 'index.html');
      info = await stat(file).catch(() => undefined);
    }
    if (!info?.isFile()) return end(res, 404, 'Not found');
    res.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  server.keepAliveTimeout = 1000;
  await new Promise((done, fail) => server.once('error', fail).listen(port, 'localhost', done));
  const actualPort = server.address().port;
  return {
    origin: `http://localhost:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function end(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`${text}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'demo-dist', port = '8080'] = process.argv.slice(2);
  const server = await serveStatic(dir, { port: Number(port) });
  console.log(`Serving ${resolve(dir)} on ${server.origin}/`);
}
