import type { GateHost } from '../../eager/controller/gate-host.js';
import type { FlowCore } from '../../eager/controller/flow-core.js';
import { personaLanguage } from '../persona/flow-language.js';
import type { LaunchRequest } from './launch-flow.js';

/** A launch of the gate's flow as configured now: Persona's options, the session to ask for, the attempt's hooks. */
export function launchRequest(
  core: FlowCore,
  attempt: Pick<LaunchRequest, 'resumePoint' | 'cameraOptional' | 'isCurrent' | 'onSignal'>,
): LaunchRequest {
  return { ...attempt, ...flowConfig(core.host), signal: core.signal };
}

/** What a flow opened now would be opened with: a prepared flow no longer matching it is not the one Start opens. */
export function flowConfigKey(host: GateHost): string {
  return JSON.stringify({ ...flowConfig(host), mode: host.mode });
}

function flowConfig(host: GateHost): Pick<LaunchRequest, 'options' | 'session'> {
  return {
    options: {
      templateId: host.templateId,
      templateVersionId: host.templateVersionId,
      inquiryId: host.inquiryId,
      sessionToken: host.sessionToken,
      environmentId: host.environmentId,
      referenceId: host.referenceId,
      fields: host.fields,
      // The flow speaks the gate's language, in Persona's code for it; `language` pins one.
      language: host.language || personaLanguage(host.translation?.locale),
      host: host.personaHost,
      loadTimeout: host.flowTimeout,
      title: host.translation?.flowTitle,
    },
    session: host.sessionUrl
      ? { url: host.sessionUrl, scope: host.scope, referenceId: host.referenceId, init: host.requestInit }
      : undefined,
  };
}
