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
    return <Navigate to="/sign-in" replace state={{ ended: auth.ended, next: location.pathname + location.search }} />;
  }
  return children;
}
