/** What the sandbox tells the Persona API stand-in (`createPersonaApiStandIn` fits). */
export interface SandboxPersonaApi {
  inquiries(): ReadonlyArray<{ readonly id: string }>;
  start(inquiryId: string): Promise<unknown>;
  submit(inquiryId: string, outcome: 'complete' | 'fail'): Promise<unknown>;
}
