import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { RecordOwners } from '@landsea/exchange';
import { DossierRepository } from '../dossiers/dossier.repository.js';

/** Tells the exchange whose a dossier is, so that only its owner consents to share it. */
@Injectable()
export class DossierOwners implements RecordOwners {
  constructor(private readonly dossiers: DossierRepository) {}

  async ownerOf(dossierId: string): Promise<string | undefined> {
    if (!isUUID(dossierId)) return undefined;
    return (await this.dossiers.findById(dossierId))?.ownerOrganisationId;
  }
}
