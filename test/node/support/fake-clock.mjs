// Virtual time for the Persona client and the stand-in's rate window: `sleep`
// never waits in real time. Sleepers wake in the order of their wake-up times,
// one at a time, each after everything already under way has settled (a
// macrotask turn), so a test's outcome never depends on how busy the machine is.
export function fakeClock(start = Date.UTC(2026, 0, 1)) {
  let now = start;
  const sleepers = [];
  let draining = false;
  const slept = [];

  function drain() {
    draining = false;
    sleepers.sort((a, b) => a.at - b.at || a.order - b.order);
    const next = sleepers.shift();
    if (!next) return;
    now = Math.max(now, next.at);
    next.resolve();
    schedule();
  }
  function schedule() {
    if (draining || sleepers.length === 0) return;
    draining = true;
    setImmediate(() => setImmediate(drain));
  }
  let order = 0;
  return {
    now: () => now,
    /** Every sleep asked for, in ms. */
    slept,
    advance(ms) {
      now += ms;
    },
    sleep(ms, signal) {
      slept.push(ms);
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const sleeper = { at: now + ms, order: order++, resolve };
        sleepers.push(sleeper);
        signal?.addEventListener('abort', () => {
          sleepers.splice(sleepers.indexOf(sleeper), 1);
          reject(signal.reason);
        });
        schedule();
      });
    },
  };
}
