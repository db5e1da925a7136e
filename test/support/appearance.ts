import { executeServerCommand } from '@web/test-runner-commands';

export interface Appearance {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
}

const query = { colorScheme: '(prefers-color-scheme: dark)', reducedMotion: '(prefers-reduced-motion: reduce)' };

/** Resolves once the page's media queries say what was asked. */
async function until(appearance: Appearance): Promise<void> {
  const dark = appearance.colorScheme && appearance.colorScheme === 'dark';
  const reduce = appearance.reducedMotion && appearance.reducedMotion === 'reduce';
  for (let frame = 0; frame < 300; frame += 1) {
    const schemeOk = dark === undefined || matchMedia(query.colorScheme).matches === dark;
    const motionOk = reduce === undefined || matchMedia(query.reducedMotion).matches === reduce;
    if (schemeOk && motionOk) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`The browser did not take the appearance ${JSON.stringify(appearance)}`);
}

/**
 * Dark mode and reduced motion as the person's system would set them, in every engine
 * (the test runner sets them the way each engine allows).
 */
export async function setAppearance(appearance: Appearance): Promise<void> {
  await executeServerCommand('set-appearance', appearance);
  await until(appearance);
}
