import { Spin } from 'antd';
import { Navigate } from 'react-router';
import { screensFor, useWho } from '../auth/use-session';

/** The first screen the person's roles open. */
export function Home() {
  const who = useWho();
  if (!who.data) return <Spin />;
  return <Navigate to={screensFor(who.data.session.roles)[0].path} replace />;
}
