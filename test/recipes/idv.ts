// The host's whole integration: Persona's client and the gate's three handlers.
// Every recipe in this folder mounts `idv` in one framework (README and docs/server.md).
import { createGateHandlers, createPersonaClient } from 'id-verification-gate/server';
import { currentUserId } from './session.js';

export const idv = createGateHandlers({
  persona: createPersonaClient({
    apiKey: process.env['PERSONA_API_KEY']!,
    // Unset in production; the Persona API stand-in's URL for offline development and tests.
    baseUrl: process.env['PERSONA_API_URL'],
  }),
  templateId: process.env['PERSONA_TEMPLATE_ID']!,
  // Your login decides who this is; the browser never names the person.
  identify: (request) => currentUserId(request),
  webhookSecrets: process.env['PERSONA_WEBHOOK_SECRETS']!.split(','),
  onError: (error) => console.error('identity verification:', error),
});
