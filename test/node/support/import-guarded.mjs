// Child process for ssr.test.mjs: `node import-guarded.mjs <specifier>`.
// Imports one module the way a server-side renderer would (plain Node, no DOM),
// with every browser global replaced by an accessor that records who touched it,
// and prints one JSON line: did it load, which globals were read or written and
// by which file, which globals appeared, and which modules were resolved.
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

const specifier = process.argv[2];
const guardFile = fileURLToPath(import.meta.url);

/** Globals a browser has and a server does not (or should never be asked for on import). */
const browserGlobals = [
  'window', 'self', 'document', 'navigator', 'location', 'history', 'screen',
  'localStorage', 'sessionStorage', 'indexedDB', 'caches', 'BroadcastChannel',
  'matchMedia', 'getComputedStyle', 'requestAnimationFrame', 'requestIdleCallback',
  'MutationObserver', 'ResizeObserver', 'IntersectionObserver',
  'HTMLElement', 'Element', 'Node', 'ShadowRoot', 'Document', 'DocumentFragment',
  'customElements', 'CustomElementRegistry', 'ElementInternals', 'CSSStyleSheet',
  'DOMParser', 'XMLHttpRequest', 'Worker', 'ServiceWorker',
];

// Every module the import resolves, reported from the loader thread.
const resolved = [];
const { port1, port2 } = new MessageChannel();
port1.on('message', (url) => resolved.push(url));
port1.unref();
const hooks = `
  let port;
  export function initialize(data) { port = data.port; }
  export async function resolve(specifier, context, next) {
    const result = await next(specifier, context);
    port.postMessage(result.url);
    return result;
  }`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: { port: port2 }, transferList: [port2] });

/** The file that read a global: the first stack frame outside this file. */
function reader() {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  for (const frame of frames) {
    const match = frame.match(/\(?((?:file|node|data):[^\s)]+?|\/[^\s)]+?):\d+:\d+\)?$/);
    if (!match) continue;
    const location = match[1].startsWith('file:') ? fileURLToPath(match[1]) : match[1];
    if (location !== guardFile) return location;
  }
  return 'unknown';
}

const reads = [];
const writes = [];
for (const name of browserGlobals) {
  const own = Object.getOwnPropertyDescriptor(globalThis, name);
  let value = own ? ('value' in own ? own.value : own.get?.call(globalThis)) : undefined;
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable: false,
    get() {
      reads.push({ name, by: reader() });
      return value;
    },
    set(next) {
      writes.push({ name, by: reader() });
      value = next;
    },
  });
}

const before = new Set(Reflect.ownKeys(globalThis).map(String));
const report = { specifier, loaded: false, error: null, reads, writes, added: [], resolved };
try {
  await import(specifier);
  report.loaded = true;
} catch (error) {
  report.error = String(error?.stack ?? error);
}
report.added = Reflect.ownKeys(globalThis).map(String).filter((key) => !before.has(key));
// Lit's Node build installs a registry shim; note whether the import put the tag in it.
report.definedTags = ['id-verification-gate'].filter((tag) => globalThis.customElements?.get?.(tag));
// Let the loader thread's last messages arrive.
await new Promise((resolve) => setTimeout(resolve, 50));
process.stdout.write(`${JSON.stringify(report)}\n`);
