import { ApiProperty } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsObject, IsString, Length } from 'class-validator';
import type { JWK } from 'jose';
import { Role } from '@landsea/auth';
import type { ClientEntity } from '../client.entity.js';

export class RegisterClientDto {
  @ApiProperty({ example: 'Carrier TMS' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ example: { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' }, description: "The system's public EC P-256 key as a JWK; it signs its client assertions with the private half" })
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
  @ApiProperty({ example: 'erp-cq-electronics', description: 'The client_id: iss and sub of its assertions' }) clientId: string;
  @ApiProperty({ example: '0b6f3c1e-8a52-4c7d-9e21-5d4f7a9b3c10' }) organisationId: string;
  @ApiProperty({ example: 'SAP ERP (customs interface)' }) name: string;
  @ApiProperty({ example: ['DECLARANT'], enum: Role, isArray: true }) roles: string[];
  @ApiProperty({ example: 'ACTIVE', enum: ['ACTIVE', 'DISABLED'] }) status: string;
  @ApiProperty({ example: 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs' }) keyThumbprint: string;
  @ApiProperty({ example: '2026-10-01T02:30:00.000Z' }) createdAt: string;

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
