import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { ClientEntity } from './client.entity.js';

@Injectable()
export class ClientRepository {
  constructor(@InjectRepository(ClientEntity) private readonly clients: Repository<ClientEntity>) {}

  insert(client: Pick<ClientEntity, 'organisationId' | 'name' | 'publicJwk' | 'roles' | 'status'>, manager: EntityManager): Promise<ClientEntity> {
    return manager.getRepository(ClientEntity).save(manager.create(ClientEntity, client));
  }

  findById(id: string): Promise<ClientEntity | null> {
    return this.clients.findOneBy({ id });
  }

  listByOrganisation(organisationId: string): Promise<ClientEntity[]> {
    return this.clients.find({ where: { organisationId }, order: { createdAt: 'ASC' } });
  }
}
