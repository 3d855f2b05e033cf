import { Injectable } from '@nestjs/common';
import type { DirectoryOrganisation, OrganisationDirectory, PartyId } from '@landsea/auth';
import type { OrganisationEntity } from './organisation.entity.js';
import { OrganisationRepository } from './organisation.repository.js';

// As long as the token verifier trusts an organisation's approval without re-reading it.
const CACHE_MS = 1_000;

/**
 * The directory other contexts use to name and check organisations without reading identity's
 * tables. Answers are kept a second: every bill step names two organisations, and a directory
 * read per step would double the queries of the hot path.
 */
@Injectable()
export class OrganisationDirectoryService implements OrganisationDirectory {
  private readonly cache = new Map<string, { value: DirectoryOrganisation | undefined; until: number }>();

  constructor(private readonly organisations: OrganisationRepository) {}

  byId(id: string): Promise<DirectoryOrganisation | undefined> {
    return this.cached(`id:${id}`, () => this.organisations.findById(id));
  }

  byParty(party: PartyId): Promise<DirectoryOrganisation | undefined> {
    if ('uscc' in party) return this.cached(`uscc:${party.uscc}`, () => this.organisations.findByUscc(party.uscc));
    return this.cached(`national:${party.country}:${party.nationalId}`, () => this.organisations.findByNationalId(party.country, party.nationalId));
  }

  private async cached(key: string, load: () => Promise<OrganisationEntity | null>): Promise<DirectoryOrganisation | undefined> {
    const hit = this.cache.get(key);
    if (hit && hit.until > Date.now()) return hit.value;
    const value = entry(await load());
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(key, { value, until: Date.now() + CACHE_MS });
    return value;
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
    status: row.status,
  };
}
