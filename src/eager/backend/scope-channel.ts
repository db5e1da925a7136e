/** Who told a gate that its scope was verified. */
export type VerifiedSource = 'page' | 'tab';

type Listener = (source: VerifiedSource) => void;

const channelName = 'id-verification-gate';
const listeners = new Map<string, Set<Listener>>();
/** Scopes verified on this page, so a gate added later unlocks at once. Memory only, never storage. */
const verifiedScopes = new Set<string>();
let channel: BroadcastChannel | undefined;

/** Scope results shared by the gates of a page and, through BroadcastChannel, of other tabs. */
export const scopeChannel = {
  isVerified(scope: string): boolean {
    return verifiedScopes.has(scope);
  },

  /** Tells every other gate of `scope`, here and in other tabs. Carries the scope only. */
  announceVerified(scope: string, from: Listener): void {
    verifiedScopes.add(scope);
    for (const listener of listeners.get(scope) ?? []) if (listener !== from) listener('page');
    openChannel()?.postMessage({ scope, status: 'verified' });
  },

  /** Forgets a scope's result on this page (`reset()`). */
  forget(scope: string): void {
    verifiedScopes.delete(scope);
  },

  subscribe(scope: string, listener: Listener): () => void {
    openChannel();
    const set = listeners.get(scope) ?? new Set();
    set.add(listener);
    listeners.set(scope, set);
    return () => set.delete(listener);
  },
};

function openChannel(): BroadcastChannel | undefined {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(channelName);
  channel.onmessage = ({ data }: MessageEvent) => {
    if (typeof data?.scope !== 'string' || data.status !== 'verified') return;
    for (const listener of listeners.get(data.scope) ?? []) listener('tab');
  };
  return channel;
}
