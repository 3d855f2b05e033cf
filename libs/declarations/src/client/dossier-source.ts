import type { Principal } from '@landsea/auth';
import type { Dossier } from '../dossiers/dossier.js';

/** A dossier version as another context takes it over: the data, and whether it is fit to use. */
export interface DossierSnapshot {
  readonly id: string;
  readonly reference: string;
  readonly version: number;
  /** False when a consistency check still blocks filing. */
  readonly ready: boolean;
  readonly document: Dossier;
}

/**
 * How other contexts read a dossier on the caller's behalf, with the caller's own rights: its
 * owner, or a carrier the dossier names. Throws the declarations context's DomainError when the
 * caller may not see it.
 */
export interface DossierSource {
  current(caller: Principal, dossierId: string): Promise<DossierSnapshot>;
}

export const DOSSIER_SOURCE = Symbol('DOSSIER_SOURCE');
