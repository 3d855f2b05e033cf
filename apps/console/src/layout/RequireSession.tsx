import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from '../auth/auth-state';

/** The signed-in part of the console; anyone else goes to the sign-in page, told why if a sign-in ended. */
export function RequireSession({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const location = useLocation();
  if (auth.status === 'restoring') return <Spin size="large" fullscreen />;
  if (auth.status === 'signedOut') {
    // After an expiry the same person picks up where they were; after a sign-out, whoever signs in next starts afresh.
    const next = auth.ended === 'signedOut' ? undefined : location.pathname + location.search;
    return <Navigate to="/sign-in" replace state={{ ended: auth.ended, next }} />;
  }
  return children;
}
