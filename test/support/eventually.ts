import { waitUntil } from '@open-wc/testing';

/**
 * Waits for what a person would see next, however busy the machine is. It has no deadline of
 * its own (waitUntil's default is one second, which a loaded machine can miss): the test's
 * timeout is the only bound, so an answer never races a timer.
 */
export function eventually(condition: () => unknown, message?: string): Promise<void> {
  return waitUntil(condition, message, { timeout: 2 ** 31 - 1, interval: 20 });
}
