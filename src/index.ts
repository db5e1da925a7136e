// `import 'id-verification-gate'`: registers <id-verification-gate> and exports the public API.
import { IdVerificationGate } from './element.js';

export * from './element.js';

// On a server there is no registry: importing only exports.
if (typeof customElements !== 'undefined') IdVerificationGate.define();
