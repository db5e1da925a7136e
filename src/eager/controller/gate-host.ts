import type { ReactiveControllerHost } from '@lit/reactive-element';
import type { Translation } from '../../i18n/translation.js';

/** `modal`: the flow opens in the gate's modal; `inline`: below the gate's screen. */
export type FlowMode = 'modal' | 'inline';

/** How much of the flow is made ready before Start: see the `prewarm` attribute. */
export type Prewarm = 'intent' | 'assets' | 'none';

/** What the controller reads from its element: the configuration and the strings. */
export interface GateHost extends ReactiveControllerHost, Element {
  readonly templateId: string | undefined;
  readonly templateVersionId: string | undefined;
  readonly environmentId: string | undefined;
  readonly referenceId: string | undefined;
  readonly inquiryId: string | undefined;
  readonly sessionToken: string | undefined;
  readonly fields: Record<string, unknown> | undefined;
  readonly language: string | undefined;
  readonly personaHost: string | undefined;
  readonly mode: FlowMode;
  readonly sessionUrl: string | undefined;
  readonly statusUrl: string | undefined;
  readonly flowTimeout: number;
  readonly maxAttempts: number;
  readonly scope: string;
  readonly requestInit: RequestInit | undefined;
  /** The UI language asked for; Persona's flow gets the matching built-in locale unless `language` is set. */
  readonly locale: string | undefined;
  /** The strings, once loaded (the flow's iframe title comes from them). */
  readonly translation: Translation | undefined;
  readonly reviewTimeout: number;
  readonly prewarm: Prewarm;
}
