import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { CORRIDOR_PROVINCE_CODES } from '@landsea/config';
import { EXCHANGE_KINDS, type ExchangeKind } from '../../exchange-records.js';

export class PutAgreementDto {
  @ApiProperty({ enum: EXCHANGE_KINDS, isArray: true, example: ['DOSSIER', 'BILL_EVENT'] })
  @IsArray()
  @ArrayMinSize(0)
  @ArrayMaxSize(EXCHANGE_KINDS.length)
  @IsIn(EXCHANGE_KINDS, { each: true })
  kinds: ExchangeKind[];
}

export class PartnerParam {
  @ApiProperty({ example: 'GX' }) @IsIn(CORRIDOR_PROVINCE_CODES) partner: string;
}

export class CreateConsentDto {
  @ApiProperty({ example: 'GX', description: 'The partner node that may receive the data' }) @IsIn(CORRIDOR_PROVINCE_CODES) partnerNode: string;
  @ApiProperty({ example: 'DOSSIER', enum: ['DOSSIER'], description: "A dossier's bill events follow the dossier" }) @IsIn(['DOSSIER']) kind: ExchangeKind;
  @ApiPropertyOptional({ example: '3f2c9a1e-6b0d-4d8e-9c57-0a1b2c3d4e5f', description: 'One dossier; leave out for a standing rule covering all of your organisation’s dossiers' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  recordId?: string;
}
