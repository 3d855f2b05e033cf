import { Injectable } from '@nestjs/common';
import type { Principal } from '@landsea/auth';
import { DossiersService } from '../dossiers/dossiers.service.js';
import type { DossierSnapshot, DossierSource } from './dossier-source.js';

/** The dossier source of a node that serves declarations in the same process. */
@Injectable()
export class InProcessDossierSource implements DossierSource {
  constructor(private readonly dossiers: DossiersService) {}

  async current(caller: Principal, dossierId: string): Promise<DossierSnapshot> {
    const view = await this.dossiers.get(caller, dossierId);
    return { id: view.id, reference: view.reference, version: view.version, ready: view.status === 'READY', document: view.document };
  }
}
