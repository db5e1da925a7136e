// `import type {} from 'id-verification-gate/react'` once in a React 19 app types
// <id-verification-gate> in JSX. Type-only: this module has no runtime code.
//
// React 19 passes a custom element's props like this: `on<event>` with a function
// adds a listener for exactly `<event>` (case kept: `onidv-verified` listens to
// `idv-verified`); any other prop becomes a property when the element has one,
// else an attribute. So string and number settings are typed as their kebab-case
// attributes (they work before the element upgrades and in server rendering), and
// objects as properties (import the package before rendering so the element is
// defined by then).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { IdVerificationGate } from '../element.js';
import type { GateAttributes, GateProperties, IdvEventMap } from './gate-attributes.js';

export type { GateAttributes, GateProperties, IdvEventMap } from './gate-attributes.js';

/** `onidv-verified={(event) => …}`: one listener prop per `idv-*` event. */
export type IdVerificationGateEventProps = {
  [K in keyof IdvEventMap as `on${K}`]?: (event: IdvEventMap[K]) => void;
};

/** The props of `<id-verification-gate>` in React 19 JSX. */
export type IdVerificationGateProps = Omit<
  DetailedHTMLProps<HTMLAttributes<IdVerificationGate>, IdVerificationGate>,
  keyof GateAttributes | keyof GateProperties
> &
  GateAttributes &
  GateProperties &
  IdVerificationGateEventProps;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'id-verification-gate': IdVerificationGateProps;
    }
  }
}
