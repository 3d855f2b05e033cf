import { useQuery } from '@tanstack/react-query';
import { unwrap, type Schemas } from '../api/client';
import { api } from './session';

export type Role = Schemas['SessionDto']['roles'][number];

export interface Who {
  readonly session: Schemas['SessionDto'];
  readonly person: Schemas['PersonDto'] | null;
}

/** Who the node takes the signed-in person to be: their organisation, roles and name. */
export function useWho() {
  return useQuery({
    queryKey: ['who'],
    queryFn: async (): Promise<Who> => {
      const session = await unwrap(api.GET('/identity/session'));
      const person = session.subjectKind === 'person' ? await unwrap(api.GET('/identity/me')).catch(() => null) : null;
      return { session, person };
    },
    staleTime: 60_000,
  });
}

/** The screens of the console and who may open them; the API checks again on every call. */
export const SCREENS = [
  { key: 'review', path: '/review', roles: ['NODE_OPERATOR'] },
  { key: 'dossiers', path: '/dossiers', roles: ['ORG_ADMIN', 'DECLARANT', 'CARRIER_AGENT'] },
  // Not /bills: the API answers a browser there (only /bills/verify is a page at an API path).
  { key: 'bills', path: '/bills-of-lading', roles: ['ORG_ADMIN', 'DECLARANT', 'CARRIER_AGENT', 'BANK_OFFICER'] },
  { key: 'verify', path: '/bills/verify', roles: null },
] as const satisfies ReadonlyArray<{ key: string; path: string; roles: readonly Role[] | null }>;

export function screensFor(roles: readonly Role[]) {
  return SCREENS.filter((screen) => screen.roles === null || screen.roles.some((role) => roles.includes(role)));
}
