// Windows that are not the gate's flow but speak Persona's protocol to the page.
import { sandboxOrigin } from './persona-sandbox.js';

/** The inquiry id an attacker wants the host's server to judge. */
export const attackerInquiryId = 'inq_attacker';

/**
 * Persona's `complete` as an attacker sends it: the gate's template id (it is
 * public) and no container id, which Persona's SDK then does not check.
 */
export const forgedComplete = {
  name: 'complete',
  templateId: 'itmpl_sandbox',
  metadata: { inquiryId: attackerInquiryId, status: 'completed' },
};

/** Resolves once `window` has received a `complete` from `source` (every listener has run by then). */
export function delivered(source: MessageEventSource): Promise<void> {
  return new Promise((resolve) => {
    const listen = (event: MessageEvent) => {
      if (event.source !== source || event.data?.name !== 'complete') return;
      removeEventListener('message', listen);
      // Listeners added earlier (the gate's) ran before this one; let their effects settle.
      setTimeout(resolve);
    };
    addEventListener('message', listen);
  });
}

/**
 * A frame on Persona's own origin (the sandbox's page, loaded by the attacker
 * with ids of its choosing): the loopback stand-in for a sibling subdomain of
 * the persona-host, an origin Persona's SDK cannot tell from its own flow's.
 */
export async function frameOnPersonaOrigin(): Promise<{ frame: HTMLIFrameElement; sendComplete(): Promise<void> }> {
  const query = new URLSearchParams({
    'inquiry-template-id': 'itmpl_sandbox',
    'inquiry-id': attackerInquiryId,
    'iframe-origin': location.origin,
    'flow-type': 'inline',
  });
  const frame = document.createElement('iframe');
  frame.src = `${sandboxOrigin}/widget?${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return {
    frame,
    async sendComplete() {
      const arrived = delivered(frame.contentWindow!);
      frame.contentWindow!.postMessage({ personaSandbox: { outcome: 'complete' } }, sandboxOrigin);
      await arrived;
    },
  };
}

/** A frame on the page's own origin posting a forged `complete` to its parent. */
export async function frameOnPageOrigin(): Promise<{ frame: HTMLIFrameElement; sendComplete(): Promise<void> }> {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const child = frame.contentWindow as Window & typeof globalThis;
  return {
    frame,
    async sendComplete() {
      const arrived = delivered(child);
      // Run in the frame's own realm, so the frame (not this page) is the message's source.
      new child.Function('message', 'parent.postMessage(message, "*")')(forgedComplete);
      await arrived;
    },
  };
}
