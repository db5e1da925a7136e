import { sendKeys } from '@web/test-runner-commands';

/**
 * Presses a key as a person would and resolves once the page has handled it: WebKit's
 * driver can answer before the page has seen the key. The key's default action (focus
 * moving on Tab, a click on Enter) runs in the task that dispatched `keydown`.
 */
export async function press(key: string): Promise<void> {
  const seen = new Promise((resolve) => window.addEventListener('keydown', resolve, { once: true, capture: true }));
  await sendKeys({ press: key });
  await seen;
  await new Promise((resolve) => setTimeout(resolve));
}
