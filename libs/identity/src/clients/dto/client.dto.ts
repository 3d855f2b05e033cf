import { ApiProperty } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsObject, IsString, Length } from 'class-validator';
import type { JWK } from 'jose';
import { Role } from '@landsea/auth';
import type { ClientEntity } from '../client.entity.js';

export class RegisterClientDto {
  @ApiProperty({ example: 'Carrier TMS' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ description: "The system's public EC P-256 key as a JWK; it signs its client assertions with the private half" })
  @IsObject()
  publicJwk: JWK;
  @ApiProperty({ enum: Role, isArray: true, example: ['CARRIER_AGENT'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsString({ each: true })
  roles: string[];
}

export class ClientDto {
  @ApiProperty({ description: 'The client_id: iss and sub of its assertions' }) clientId: string;
  @ApiProperty() organisationId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: Role, isArray: true }) roles: string[];
  @ApiProperty({ enum: ['ACTIVE', 'DISABLED'] }) status: string;
  @ApiProperty() keyThumbprint: string;
  @ApiProperty() createdAt: string;

  static from(client: ClientEntity, keyThumbprint: string): ClientDto {
    return {
      clientId: client.id,
      organisationId: client.organisationId,
      name: client.name,
      roles: client.roles,
      status: client.status,
      keyThumbprint,
      createdAt: client.createdAt.toISOString(),
    };
  }
}
