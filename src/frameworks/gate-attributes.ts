// Type-only: what a framework template may set on <id-verification-gate>, and
// the events it may listen to. Shared by the React and Vue typings; no runtime code.
import type { IdVerificationGate } from '../element.js';

/**
 * Properties that have an attribute of the same name in kebab-case
 * (`templateId` ↔ `template-id`). Read-only `state` and `verified` are left out.
 * A test compares this list with the attributes in custom-elements.json.
 */
export type GateAttributeProperty =
  | 'templateId'
  | 'templateVersionId'
  | 'environmentId'
  | 'referenceId'
  | 'inquiryId'
  | 'language'
  | 'personaHost'
  | 'mode'
  | 'sessionUrl'
  | 'statusUrl'
  | 'flowTimeout'
  | 'reviewTimeout'
  | 'maxAttempts'
  | 'supportUrl'
  | 'scope'
  | 'locale'
  | 'previewState'
  | 'previewDetail'
  | 'prewarm';

/** Properties with no attribute: objects and secrets, set as DOM properties only. */
export type GatePropertyOnly = 'sessionToken' | 'fields' | 'strings' | 'requestInit';

/** `templateId` → `template-id`. */
export type KebabCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${KebabCase<Tail>}`
  : S;

/** What an attribute accepts: numbers also as numeric strings (`flow-timeout="30000"`). */
type AttributeValue<T> = T extends number ? number | `${number}` : T;

/** The gate's attributes, kebab-case, with the property's type (`mode?: 'modal' | 'inline'`). */
export type GateAttributes = {
  [K in GateAttributeProperty as KebabCase<K>]?: AttributeValue<Exclude<IdVerificationGate[K], undefined>>;
};

/** The property-only members (`fields`, `strings`, `requestInit`, `sessionToken`). */
export type GateProperties = { [K in GatePropertyOnly]?: IdVerificationGate[K] };

/** Every `idv-*` event the gate dispatches, by name. */
export type { IdvEventMap } from '../eager/events/index.js';
