// React 19 JSX: `import type {} from 'id-verification-gate/react'` types <id-verification-gate>.
import type {} from 'id-verification-gate/react';
import type { IdVerificationGateProps } from 'id-verification-gate/react';
import type { IdVerificationGate, IdvErrorEvent, IdvVerifiedEvent } from 'id-verification-gate';
import { useRef, type JSX } from 'react';
import { expectType, type Equal } from './expect.js';

expectType<Equal<JSX.IntrinsicElements['id-verification-gate'], IdVerificationGateProps>>(true);

export function Configured(): JSX.Element {
  const ref = useRef<IdVerificationGate>(null);
  return (
    <id-verification-gate
      ref={ref}
      id="gate"
      className="gate"
      style={{ maxWidth: 480 }}
      template-id="itmpl_123"
      template-version-id="itmplv_1"
      environment-id="env_123"
      reference-id="user_42"
      language="en"
      persona-host="localhost:8123"
      mode="inline"
      prewarm="assets"
      session-url="/api/idv/session"
      status-url="/api/idv/status"
      flow-timeout={30_000}
      review-timeout="120000"
      max-attempts={3}
      support-url="/help/verify"
      scope="advanced-tools"
      locale="de"
      preview-state="locked"
      fields={{ nameFirst: 'Ada' }}
      strings={{ startButton: 'Verify now' }}
      requestInit={{ credentials: 'include' }}
      sessionToken="token"
      onidv-verified={(event) => {
        expectType<Equal<typeof event, IdvVerifiedEvent>>(true);
        const by: 'server' | 'client' | 'shared' = event.detail.confirmedBy;
      }}
      onidv-error={(event: IdvErrorEvent) => event.detail.recoverable}
      onidv-state-change={(event) => event.detail.state}
      onidv-declined={(event) => event.detail.attemptsRemaining}
      onidv-persona-event={(event) => event.detail.name}
      onClick={() => {}}
    >
      <p slot="reason">Advanced code tools need a verified identity.</p>
      <div>gated content</div>
    </id-verification-gate>
  );
}

export function Wrong(): JSX.Element {
  return (
    <>
      {/* @ts-expect-error `mode` is 'modal' | 'inline' */}
      <id-verification-gate mode="popup" />
      {/* @ts-expect-error `prewarm` is 'intent' | 'assets' | 'none' */}
      <id-verification-gate prewarm="eager" />
      {/* @ts-expect-error `flow-timeout` is a number of milliseconds */}
      <id-verification-gate flow-timeout="30s" />
      {/* @ts-expect-error not a state */}
      <id-verification-gate preview-state="approved" />
      {/* @ts-expect-error `fields` is an object, set as a property */}
      <id-verification-gate fields="nameFirst=Ada" />
      {/* @ts-expect-error string settings go through their attribute (`template-id`), which also works when server-rendered */}
      <id-verification-gate templateId="itmpl_123" />
      {/* @ts-expect-error `state` is read-only, not a prop */}
      <id-verification-gate state="verified" />
      <id-verification-gate
        // @ts-expect-error idv-verified carries no session token
        onidv-verified={(event) => event.detail.sessionToken}
      />
      {/* @ts-expect-error the handler gets an IdvVerifiedEvent, not an IdvErrorEvent */}
      <id-verification-gate onidv-verified={(event: IdvErrorEvent) => event.detail.code} />
      <id-verification-gate
        // @ts-expect-error a misspelled event gets no event type (its parameter is implicitly any)
        onidv-verifed={(event) => event.detail}
      />
    </>
  );
}
