// The Play / Stop button: runs the chosen scenario from a fresh start and says how it ended.
import type { IdVerificationGate } from '../../src/index.js';
import { play } from './autoplay.js';
import type { Scenario } from './scenarios.js';

export interface PlayButton {
  /** Stops a run in progress (a new scenario, Reset); the status line is cleared. */
  stop(): void;
}

export function wirePlayButton(
  button: HTMLButtonElement,
  status: HTMLElement,
  options: {
    gate: IdVerificationGate;
    /** Applies the chosen scenario afresh and returns it. */
    restart: () => Scenario;
    /** Pause on each screen (ms). */
    pace: number;
  },
): PlayButton {
  let playing: AbortController | undefined;
  const stop = (): void => {
    playing?.abort(new DOMException('Stopped', 'AbortError'));
    playing = undefined;
    button.textContent = 'Play';
  };

  button.addEventListener('click', async () => {
    if (playing) {
      stop();
      status.textContent = 'Stopped.';
      return;
    }
    const scenario = options.restart();
    const controller = (playing = new AbortController());
    button.textContent = 'Stop';
    status.textContent = 'Playing…';
    try {
      const ended = await play(options.gate, scenario, {
        pace: options.pace,
        signal: controller.signal,
        report: (message) => (status.textContent = message),
      });
      status.textContent =
        ended === scenario.ends
          ? `Done: the gate ended in ${ended}, as this scenario should.`
          : `The gate ended in ${ended}, but this scenario should end in ${scenario.ends}.`;
    } catch (error) {
      if (!controller.signal.aborted) status.textContent = `Stopped: ${(error as Error).message}`;
    } finally {
      if (playing === controller) stop();
    }
  });

  return {
    stop() {
      stop();
      status.textContent = '';
    },
  };
}
