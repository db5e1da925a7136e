// Starts a real redis-server (the Debian package) on a free port for a test or
// the server benchmark, never the system service, with nothing written to disk.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on loopback (the kernel's choice). */
async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** `{ url, port, stop() }` once Redis accepts connections. */
export async function startRedisServer({ binary = process.env.REDIS_SERVER ?? '/usr/bin/redis-server' } = {}) {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    const ready = await new Promise((resolve, reject) => {
      child.on('error', (error) => reject(new Error(`Could not start ${binary} (apt-get install redis-server): ${error.message}`)));
      child.on('exit', () => resolve(false));
      child.stdout.on('data', (chunk) => {
        log += chunk;
        if (/Ready to accept connections/i.test(log)) resolve(true);
      });
    });
    if (ready) {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      return {
        port,
        url: `redis://127.0.0.1:${port}`,
        async stop() {
          child.kill('SIGTERM');
          await exited;
        },
      };
    }
    // Another process took the port between the probe and the start: try another.
    if (attempt >= 3) throw new Error(`redis-server did not start:\n${log}`);
  }
}
