// The page the visual test photographs: one frame per state, each a gate in
// `preview-state` with the host's sample words, in English, in the theme and
// width of the URL (`?theme=dark&viewport=mobile`). The font is pinned to one
// that CI installs (DejaVu Sans, Debian's fonts-dejavu-core), so the pictures
// do not depend on what else a machine has.
import { GateStates, IdVerificationGate } from '../../src/index.js';

IdVerificationGate.define();

const params = new URLSearchParams(location.search);
document.documentElement.dataset['theme'] = params.get('theme') === 'dark' ? 'dark' : 'light';
document.documentElement.dataset['viewport'] = params.get('viewport') === 'mobile' ? 'mobile' : 'desktop';

const gates = GateStates.map((state) => {
  const frame = document.createElement('div');
  frame.className = 'frame';
  frame.dataset['state'] = state;
  frame.innerHTML = `<id-verification-gate preview-state="${state}" locale="en" support-url="#support">
      <p slot="reason">Advanced code tools can change production systems, so they need a verified identity.</p>
      <section class="unlocked"><h3>Advanced code tools unlocked</h3><p>You can now deploy to production.</p></section>
    </id-verification-gate>`;
  document.body.append(frame);
  return frame.querySelector('id-verification-gate')!;
});

await Promise.all(gates.map((gate) => gate.updateComplete));
await document.fonts.ready;
document.documentElement.dataset['ready'] = '';
