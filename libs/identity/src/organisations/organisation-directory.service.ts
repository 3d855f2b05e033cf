import { Injectable } from '@nestjs/common';
import type { DirectoryOrganisation, OrganisationDirectory, PartyId } from '@landsea/auth';
import type { OrganisationEntity } from './organisation.entity.js';
import { OrganisationRepository } from './organisation.repository.js';

/** The directory other contexts use to name and check organisations without reading identity's tables. */
@Injectable()
export class OrganisationDirectoryService implements OrganisationDirectory {
  constructor(private readonly organisations: OrganisationRepository) {}

  async byId(id: string): Promise<DirectoryOrganisation | undefined> {
    return entry(await this.organisations.findById(id));
  }

  async byParty(party: PartyId): Promise<DirectoryOrganisation | undefined> {
    const found = 'uscc' in party ? await this.organisations.findByUscc(party.uscc) : await this.organisations.findByNationalId(party.country, party.nationalId);
    return entry(found);
  }
}

function entry(row: OrganisationEntity | null): DirectoryOrganisation | undefined {
  if (!row) return undefined;
  return {
    id: row.id,
    uscc: row.uscc,
    country: row.country,
    nationalId: row.nationalId,
    name: row.nameZh ? `${row.nameEn} ${row.nameZh}` : row.nameEn,
    kinds: row.kinds,
    approved: row.status === 'APPROVED',
  };
}
