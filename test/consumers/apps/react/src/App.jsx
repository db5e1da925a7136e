import { useEffect, useRef, useState } from 'react';
// Registers <id-verification-gate> before React renders it, so React 19 sees its
// properties (`name in element`) and assigns objects such as `fields` to them.
import 'id-verification-gate';

const personaHost = document.querySelector('meta[name="persona-host"]').content;
const autoStart = new URLSearchParams(location.search).has('autostart');

export function App() {
  const [unlockedBy, setUnlockedBy] = useState(null);
  const [showGate, setShowGate] = useState(true);
  const [gateState, setGateState] = useState('');
  const gate = useRef(null);

  // A deep link that opens the flow at once. StrictMode runs this effect twice on
  // mount (mount, cleanup, mount): the gate must still open a single flow.
  useEffect(() => {
    if (autoStart && showGate) gate.current?.start();
  }, [showGate]);

  return (
    <main>
      <h1>Advanced tools</h1>
      <p id="status" role="status">{unlockedBy ? `Unlocked by ${unlockedBy}` : 'Locked'}</p>
      <p id="gate-state">{gateState}</p>
      <button type="button" id="toggle-gate" onClick={() => setShowGate((shown) => !shown)}>
        {showGate ? 'Hide verification' : 'Show verification'}
      </button>
      {showGate && (
        <id-verification-gate
          ref={gate}
          // Settings as their attributes (React 19: a prop the element has no property of
          // by that name is set as an attribute), as in plain HTML.
          template-id="itmpl_consumer"
          environment-id="env_consumer"
          persona-host={personaHost}
          // An object: React 19 assigns it to the element's `fields` property (the element
          // is defined by then: see the import above).
          fields={{ nameFirst: 'Sam' }}
          // Events: React 19 adds a listener for the rest of the name exactly as written,
          // so `onidv-verified` listens to `idv-verified` (`onIdvVerified` would listen to
          // an event named "IdvVerified", which never comes).
          onidv-verified={(event) => setUnlockedBy(event.detail.confirmedBy)}
          onidv-state-change={(event) => setGateState(event.detail.state)}
        >
          <p slot="reason">Advanced tools need a verified identity.</p>
          <p id="tools">The advanced tools.</p>
        </id-verification-gate>
      )}
    </main>
  );
}
