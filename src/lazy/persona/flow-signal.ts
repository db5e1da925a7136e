/** What a Persona flow tells the gate, already stripped of identity data. */
export type FlowSignal =
  | { type: 'ready' }
  | { type: 'start'; inquiryId?: string }
  | { type: 'complete'; inquiryId: string; status: string }
  | { type: 'fail'; inquiryId: string; status: string }
  /** The person left; the session token is only for resuming and never leaves the gate. */
  | { type: 'exit'; inquiryId?: string; sessionToken?: string }
  | { type: 'error'; code: unknown; message: string }
  | { type: 'camera-failed' }
  /** No `load` from the flow in time: blocked, offline, CSP. */
  | { type: 'timeout' }
  /** Every raw Persona event, for analytics. */
  | { type: 'event'; name: string; metadata: Readonly<Record<string, unknown>> };
