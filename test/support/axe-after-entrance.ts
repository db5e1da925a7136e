// Part of test-page.ts: axe checks a gate once its screens have moved in.
// Its contrast rule read a screen mid-way through its entrance (opacity from 0), under load,
// in every engine; a person reads it after those 180 ms.
// Never load this (or @open-wc/testing) from the runner's page: the first import of
// @open-wc/testing registers its fixture cleanup only if mocha is already set up, which a
// test module always is and a page script, under load, is not; then no fixture is ever removed.
import { chai } from '@open-wc/testing';

/** Waits for the finite animations (not the spinner) in the gates under `root`. */
async function entrancesEnded(root: Element): Promise<void> {
  const gates = [root, ...root.querySelectorAll('id-verification-gate')];
  const animations = gates.flatMap((gate) => gate.shadowRoot?.getAnimations() ?? []);
  const finite = animations.filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
  await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
}

chai.Assertion.overwriteMethod('accessible', (axe: (...args: unknown[]) => unknown) =>
  function (this: Chai.AssertionStatic & PromiseLike<unknown>, ...args: unknown[]) {
    const checked = entrancesEnded(chai.util.flag(this, 'object')).then(
      () =>
        new Promise((resolve, reject) => {
          axe.apply(this, args); // makes `this` a thenable of axe's result
          this.then(resolve, reject);
        }),
    );
    this.then = checked.then.bind(checked);
    return this;
  },
);
