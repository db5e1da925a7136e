import { expect } from '@open-wc/testing';
import { pollUntilDecided } from '../src/backend/poll-status.js';
import type { StatusReply } from '../src/backend/status-client.js';

const timing = { timeoutMs: 60_000, firstDelayMs: 1_000, maxDelayMs: 8_000 };

/** A poll whose waits are recorded instead of slept. */
function run(replies: StatusReply[], options = timing) {
  const waits: number[] = [];
  let asked = 0;
  const result = pollUntilDecided(
    async () => replies[Math.min(asked++, replies.length - 1)]!,
    new AbortController().signal,
    options,
    async (ms) => {
      waits.push(ms);
    },
  );
  return { result, waits, asked: () => asked };
}

const pending: StatusReply = { status: 'pending' };

describe('pollUntilDecided()', () => {
  it('asks again with a doubling wait, capped, until decided', async () => {
    const poll = run([pending, pending, pending, pending, pending, { status: 'approved' }]);
    expect(await poll.result).to.deep.equal({ status: 'approved' });
    expect(poll.waits).to.deep.equal([1_000, 2_000, 4_000, 8_000, 8_000]);
    expect(poll.asked()).to.equal(6);
  });

  it("waits as long as the server's retryAfterMs says", async () => {
    const poll = run([{ status: 'pending', retryAfterMs: 300 }, { status: 'pending', retryAfterMs: 7_000 }, { status: 'declined' }]);
    expect(await poll.result).to.deep.equal({ status: 'declined' });
    expect(poll.waits).to.deep.equal([300, 7_000]);
  });

  it('gives up when the next wait would pass the timeout', async () => {
    const poll = run([pending], { ...timing, timeoutMs: 10_000 });
    expect(await poll.result).to.equal('timeout');
    expect(poll.waits).to.deep.equal([1_000, 2_000, 4_000]);
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
