import type { GateError } from '../../eager/machine/errors.js';
import type { GateState } from '../../eager/machine/states.js';
import type { IconName } from './icons.js';

/**
 * The visual tone of a screen: its icon's colours and the stripe along its top,
 * from the `--idv-color-<tone>` tokens. Lets a person tell a wait from a decline
 * from a block before reading a word.
 */
export type Tone = 'neutral' | 'progress' | 'success' | 'warning' | 'danger';

export interface ScreenLook {
  readonly tone: Tone;
  /** `undefined`: a busy screen, whose icon is the spinner. */
  readonly icon: IconName | undefined;
}

/** Exhaustive: a new state does not compile until it has a look. */
export function lookOf(state: GateState, error: GateError | undefined): ScreenLook {
  switch (state) {
    case 'locked':
      return { tone: 'neutral', icon: 'lock' };
    case 'cancelled':
      return { tone: 'neutral', icon: 'pause' };
    case 'checking':
    case 'loading':
    case 'reviewing':
      return { tone: 'progress', icon: undefined };
    case 'in-progress':
      return { tone: 'progress', icon: 'idCard' };
    case 'verified':
      return { tone: 'success', icon: 'check' };
    case 'retry':
      return { tone: 'warning', icon: 'retry' };
    case 'exhausted':
      return { tone: 'warning', icon: 'alert' };
    case 'blocked':
      return { tone: 'danger', icon: 'ban' };
    case 'error':
      return errorLook(error);
  }
}

/** Still under review is a wait; a problem Try again can fix is a warning; the rest is danger. */
function errorLook(error: GateError | undefined): ScreenLook {
  if (error?.code === 'review_timeout') return { tone: 'progress', icon: 'alert' };
  return { tone: error?.recoverable === false ? 'danger' : 'warning', icon: 'warning' };
}
