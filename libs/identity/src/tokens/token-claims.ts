import type { Role } from '@landsea/auth';

/** Every corridor node accepts tokens for this audience; each checks the issuer itself. */
export const CORRIDOR_AUDIENCE = 'landsea-corridor';

/** The claims of a Landsea access token besides iss, aud, sub, iat, exp and jti. */
export interface AccessTokenClaims {
  readonly sub_kind: 'person' | 'client';
  /** Organisation id at the issuing node. */
  readonly org: string;
  readonly uscc: string | null;
  /** Country and national id, for organisations without a USCC. */
  readonly country: string;
  readonly national_id: string | null;
  readonly roles: Role[];
  /** Province where the organisation is registered. */
  readonly province: string | null;
  /** Province code of the issuing node. */
  readonly node: string;
  /** For a customs authority, its office (关区代码). */
  readonly customs_office: string | null;
}
