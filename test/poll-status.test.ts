import { expect } from '@open-wc/testing';
import { pollUntilDecided, type PollClock } from '../src/lazy/flow/poll-status.js';
import type { StatusReply } from '../src/eager/backend/status-client.js';
import './support/test-page.js';

const timing = { timeoutMs: 60_000, firstDelayMs: 1_000, minDelayMs: 1_000, maxDelayMs: 8_000 };

/**
 * Fake time: `now()` moves only when every promise has settled and a timer is
 * due, so a poll of minutes runs in milliseconds and the same way every time.
 */
class FakeClock implements PollClock {
  time = 0;
  readonly #timers: Array<{ due: number; fire(): void }> = [];

  now = () => this.time;

  sleep = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const timer = { due: this.time + ms, fire: resolve };
      this.#timers.push(timer);
      signal.addEventListener('abort', () => {
        this.#timers.splice(this.#timers.indexOf(timer), 1);
        reject(signal.reason);
      });
    });

  /** Lets time pass until `promise` settles. */
  async run<T>(promise: Promise<T>): Promise<T> {
    let settled = false;
    promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve));
      if (settled || this.#timers.length === 0) return promise;
      this.#timers.sort((a, b) => a.due - b.due);
      const next = this.#timers.shift()!;
      this.time = next.due;
      next.fire();
    }
  }
}

/** A poll of a server that answers `replies` in turn (the last one forever), each after `answerMs`. */
function run(replies: StatusReply[], options = timing, answerMs = 0) {
  const clock = new FakeClock();
  const asked: number[] = [];
  const aborted: number[] = [];
  const check = async (signal: AbortSignal) => {
    asked.push(clock.now());
    if (answerMs > 0) {
      await clock.sleep(answerMs, signal).catch((reason) => {
        aborted.push(clock.now());
        throw reason;
      });
    }
    return replies[Math.min(asked.length - 1, replies.length - 1)]!;
  };
  const result = clock.run(pollUntilDecided(check, new AbortController().signal, options, clock));
  /** The waits between one answer and the next request. */
  const waits = () => asked.slice(1).map((at, i) => at - asked[i]! - answerMs);
  return { result, asked, aborted, waits, clock };
}

const pending: StatusReply = { status: 'pending' };

describe('pollUntilDecided()', () => {
  it('asks again with a doubling wait, capped, until decided', async () => {
    const poll = run([pending, pending, pending, pending, pending, { status: 'approved' }]);
    expect(await poll.result).to.deep.equal({ status: 'approved' });
    expect(poll.waits()).to.deep.equal([1_000, 2_000, 4_000, 8_000, 8_000]);
  });

  it("waits as long as the server's retryAfterMs says, within the floor and the cap", async () => {
    const poll = run([
      { status: 'pending', retryAfterMs: 7_000 },
      { status: 'pending', retryAfterMs: 300 },
      { status: 'pending', retryAfterMs: 3_600_000 },
      { status: 'declined' },
    ]);
    expect(await poll.result).to.deep.equal({ status: 'declined' });
    expect(poll.waits()).to.deep.equal([7_000, 1_000, 8_000]);
  });

  it('"pending, retryAfterMs: 0" does not hammer the server, and still times out', async () => {
    const poll = run([{ status: 'pending', retryAfterMs: 0 }]);
    expect(await poll.result).to.equal('timeout');
    expect(Math.min(...poll.waits())).to.equal(1_000);
    expect(poll.asked.length).to.be.at.most(60);
    expect(poll.clock.now()).to.be.at.most(timing.timeoutMs);
  });

  it('gives up when the next wait would pass the timeout', async () => {
    const poll = run([pending], { ...timing, timeoutMs: 10_000 });
    expect(await poll.result).to.equal('timeout');
    expect(poll.waits()).to.deep.equal([1_000, 2_000, 4_000]);
    expect(poll.clock.now()).to.equal(7_000);
  });

  it('counts the time requests take: a slow server does not stretch the timeout', async () => {
    const poll = run([pending], { ...timing, timeoutMs: 60_000 }, 14_000);
    expect(await poll.result).to.equal('timeout');
    expect(poll.clock.now()).to.be.at.most(60_000);
    expect(poll.asked).to.deep.equal([0, 15_000, 31_000, 49_000]);
  });

  it('a request still unanswered at the timeout is aborted, and the poll ends at the timeout', async () => {
    const poll = run([pending], { ...timing, timeoutMs: 5_000 }, Number.MAX_SAFE_INTEGER);
    expect(await poll.result).to.equal('timeout');
    expect(poll.clock.now()).to.equal(5_000);
    expect(poll.aborted).to.deep.equal([5_000]);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const result = pollUntilDecided(async () => pending, controller.signal, timing);
    controller.abort(new Error('removed'));
    let error: unknown;
    try {
      await result;
    } catch (caught) {
      error = caught;
    }
    expect((error as Error).message).to.equal('removed');
  });
});
