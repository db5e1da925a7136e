import 'id-verification-gate';                    // defines the element before React renders it
import type {} from 'id-verification-gate/react'; // JSX typings, once per app
import { useState } from 'react';
import { AdvancedToolsPanel } from './advanced-tools-panel';

export function AdvancedTools({ user }: { user: { firstName: string } }) {
  const [unlocked, setUnlocked] = useState(false);
  return (
    <id-verification-gate
      template-id="itmpl_..." environment-id="env_..." status-url="/api/idv/status"
      fields={{ nameFirst: user.firstName }}
      onidv-verified={(event) => setUnlocked(event.detail.confirmedBy === 'server')}
    >
      <p slot="reason">Advanced code tools need a verified identity.</p>
      <AdvancedToolsPanel unlocked={unlocked} />
    </id-verification-gate>
  );
}
