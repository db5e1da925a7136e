// Vue 3: `import type {} from 'id-verification-gate/vue'` adds <id-verification-gate>
// to Vue's GlobalComponents, which Vue's template checker (vue-tsc) reads.
import type {} from 'id-verification-gate/vue';
import type { IdVerificationGateVueComponent } from 'id-verification-gate/vue';
import { IdvErrorEvent, IdvVerifiedEvent, type IdVerificationGate } from 'id-verification-gate';
import type { GlobalComponents } from 'vue';
import { expectType, type Equal } from './expect.js';

expectType<Equal<GlobalComponents['id-verification-gate'], IdVerificationGateVueComponent>>(true);

type Gate = InstanceType<GlobalComponents['id-verification-gate']>;
type Props = Gate['$props'];

// The instance is the element (for template refs).
const instance = {} as Gate;
const element: IdVerificationGate = instance;

const props: Props = {
  templateId: 'itmpl_123',
  environmentId: 'env_123',
  mode: 'inline',
  prewarm: 'none',
  flowTimeout: 30_000,
  maxAttempts: '3',
  previewState: 'locked',
  statusUrl: '/api/idv/status',
  fields: { nameFirst: 'Ada' },
  strings: { startButton: 'Verify now' },
  requestInit: { credentials: 'include' },
  class: 'gate',
  style: { maxWidth: '480px' },
  key: 'gate',
};
// @ts-expect-error `mode` is 'modal' | 'inline'
const badMode: Props = { mode: 'popup' };
// @ts-expect-error `prewarm` is 'intent' | 'assets' | 'none'
const badPrewarm: Props = { prewarm: 'eager' };
// @ts-expect-error `flowTimeout` is a number of milliseconds
const badTimeout: Props = { flowTimeout: '30s' };
// @ts-expect-error not a state
const badState: Props = { previewState: 'approved' };

declare const emit: Gate['$emit'];
emit('idv-verified', new IdvVerifiedEvent({ confirmedBy: 'server' }));
emit('idv-error', new IdvErrorEvent({ code: 'network', message: 'offline', recoverable: true }));
// @ts-expect-error idv-verified brings an IdvVerifiedEvent
emit('idv-verified', new IdvErrorEvent({ code: 'network', message: 'offline', recoverable: true }));
// @ts-expect-error not one of the gate's events
emit('idv-verifed', new IdvVerifiedEvent({ confirmedBy: 'server' }));
