// `import type {} from 'id-verification-gate/vue'` once in a Vue 3 app types
// <id-verification-gate> in templates (vue-tsc / Vue - Official) through Vue's
// GlobalComponents, the pattern Vue's guide gives for custom elements. Type-only.
//
// Vue sets a prop as a DOM property when the element has one (`key in el`), else as
// an attribute: write `template-id="…"` or `:flow-timeout="30000"` for settings and
// `:fields="…"` / `.fields="…"` for objects (import the package before mounting),
// and listen with `@idv-verified="…"`. Tell Vue's compiler the tag is a custom
// element (`compilerOptions.isCustomElement`).
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { IdVerificationGate } from '../element.js';
import type { GateAttributeProperty, GateProperties, IdvEventMap } from './gate-attributes.js';

export type { GateAttributes, GateProperties, IdvEventMap } from './gate-attributes.js';

/** Template props: settings by property name (Vue's tooling camelizes `template-id`), plus objects. */
export type IdVerificationGateVueProps = {
  [K in GateAttributeProperty]?: IdVerificationGate[K] extends number
    ? number | `${number}`
    : Exclude<IdVerificationGate[K], undefined>;
} & GateProperties;

/** `@idv-verified="(event) => …"`: each `idv-*` event with its event class. */
export type IdVerificationGateVueEmit = EmitFn<{ [K in keyof IdvEventMap]: (event: IdvEventMap[K]) => void }>;

/** The component type Vue's template checker sees for `<id-verification-gate>`. */
export type IdVerificationGateVueComponent = new () => IdVerificationGate & {
  /** @deprecated For template type checking only: not a property of the element. */
  $props: HTMLAttributes & IdVerificationGateVueProps & PublicProps;
  /** @deprecated For template type checking only: not a property of the element. */
  $emit: IdVerificationGateVueEmit;
};

declare module 'vue' {
  interface GlobalComponents {
    'id-verification-gate': IdVerificationGateVueComponent;
  }
  // HTML's global `slot` attribute, missing from Vue's element typings: without it
  // `<p slot="reason">` inside the gate fails under `strictTemplates`.
  interface HTMLAttributes {
    slot?: string;
  }
}
