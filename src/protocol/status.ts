// The gate's backend protocol: what `status-url` and `session-url` answer.
// Shared by the browser rooms (which read it) and src/server (which writes it).

/** Every status `status-url` may answer. */
export const ServerStatuses = ['unverified', 'pending', 'approved', 'declined', 'blocked'] as const;
export type ServerStatus = (typeof ServerStatuses)[number];

/** `GET status-url` → `200` with this JSON. */
export interface StatusReply {
  readonly status: ServerStatus;
  readonly attemptsRemaining?: number;
  readonly reason?: string;
  readonly retryAfterMs?: number;
}

/** `POST session-url` → `200` with this JSON. */
export interface SessionReply {
  readonly inquiryId: string;
  readonly sessionToken?: string;
}
