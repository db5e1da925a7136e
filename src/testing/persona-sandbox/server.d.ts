/** What the sandbox tells the Persona API stand-in (`createPersonaApiStandIn` fits). */
export interface SandboxPersonaApi {
  inquiries(): ReadonlyArray<{ readonly id: string }>;
  start(inquiryId: string): Promise<unknown>;
  submit(inquiryId: string, outcome: 'complete' | 'fail'): Promise<unknown>;
}

export interface PersonaSandbox {
  /** `localhost:PORT`: the gate's `persona-host`, the SDK's `customHost`. */
  readonly host: string;
  /** `http://localhost:PORT`: where tests post control messages to the flow's frame. */
  readonly origin: string;
  close(): Promise<void>;
}

/** Starts the local stand-in for Persona's inquiry host (`/widget`) on `localhost`. */
export function startPersonaSandbox(options?: {
  /** 0 (default): a free port. */
  readonly port?: number;
  /** Milliseconds every answer waits, as a distant host's would (default 0). */
  readonly latency?: number;
  /** The API stand-in the flow reports to: start, complete and fail reach it before the SDK hears of them. */
  readonly personaApi?: SandboxPersonaApi;
}): Promise<PersonaSandbox>;
