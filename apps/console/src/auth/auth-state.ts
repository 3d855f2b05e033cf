import { useSyncExternalStore } from 'react';
import { queryClient } from '../api/query-client';
import { type EndReason, onSessionEnd, restore } from './session';

export type AuthStatus = 'restoring' | 'signedIn' | 'signedOut';

interface AuthState {
  readonly status: AuthStatus;
  /** Why the last sign-in ended, shown once on the sign-in page. */
  readonly ended?: EndReason;
}

let state: AuthState = { status: 'restoring' };
const listeners = new Set<() => void>();

function set(next: AuthState): void {
  // Nothing one person's sign-in fetched may show to the next person at this browser.
  if (next.status !== state.status) queryClient.clear();
  state = next;
  for (const listener of listeners) listener();
}

export const markSignedIn = (): void => set({ status: 'signedIn' });
onSessionEnd((reason) => set({ status: 'signedOut', ended: reason }));
void restore().then((restored) => set(restored ? { status: 'signedIn' } : { status: 'signedOut' }));

/** Where the person stands: still restoring a sign-in from the cookie, signed in, or out (and why). */
export function useAuth(): AuthState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
