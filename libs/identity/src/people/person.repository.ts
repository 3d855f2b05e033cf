import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, QueryFailedError, type Repository } from 'typeorm';
import { PersonEntity } from './person.entity.js';

export type NewPerson = Pick<PersonEntity, 'organisationId' | 'email' | 'displayName' | 'roles' | 'status'> &
  Partial<Pick<PersonEntity, 'passwordHash' | 'invitationHash' | 'invitationExpiresAt'>>;

@Injectable()
export class PersonRepository {
  constructor(@InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>) {}

  /** Inserts, or returns 'duplicate' when the e-mail address already has an account. */
  async insert(person: NewPerson, manager: EntityManager): Promise<PersonEntity | 'duplicate'> {
    try {
      const saved = await manager.getRepository(PersonEntity).save(manager.create(PersonEntity, person));
      return { ...saved, passwordHash: null, invitationHash: null };
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') return 'duplicate';
      throw error;
    }
  }

  /** The account and its password hash, for signing in. */
  findForSignIn(email: string): Promise<PersonEntity | null> {
    return this.people
      .createQueryBuilder('p')
      .addSelect('p.passwordHash')
      .where('lower(p.email) = lower(:email)', { email })
      .getOne();
  }

  findById(id: string): Promise<PersonEntity | null> {
    return this.people.findOneBy({ id });
  }

  findInOrganisation(id: string, organisationId: string, manager?: EntityManager): Promise<PersonEntity | null> {
    return (manager?.getRepository(PersonEntity) ?? this.people).findOneBy({ id, organisationId });
  }

  listByOrganisation(organisationId: string): Promise<PersonEntity[]> {
    return this.people.find({ where: { organisationId }, order: { createdAt: 'ASC' } });
  }

  async lockInOrganisation(id: string, organisationId: string, manager: EntityManager): Promise<PersonEntity | null> {
    return manager.getRepository(PersonEntity).findOne({ where: { id, organisationId }, lock: { mode: 'pessimistic_write' } });
  }

  async update(id: string, changes: Partial<PersonEntity>, manager: EntityManager): Promise<void> {
    await manager.getRepository(PersonEntity).update({ id }, changes);
  }

  /** Claims an open invitation by its hash; returns the person, or null when none is open. */
  async claimInvitation(hash: string, passwordHash: string, manager: EntityManager): Promise<PersonEntity | null> {
    const [rows] = (await manager.query(
      `UPDATE identity.person SET password_hash = $2, status = 'ACTIVE', invitation_hash = NULL, invitation_expires_at = NULL, updated_at = now()
        WHERE invitation_hash = $1 AND status = 'INVITED' AND invitation_expires_at > now()
        RETURNING id, organisation_id AS "organisationId", email`,
      [hash, passwordHash],
    )) as [Array<Pick<PersonEntity, 'id' | 'organisationId' | 'email'>>, number];
    return (rows[0] as PersonEntity | undefined) ?? null;
  }
}
