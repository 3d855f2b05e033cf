import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsUrl } from 'class-validator';
import { CORRIDOR_PROVINCE_CODES } from '@landsea/config';
import type { PartnerNode } from '../partner-node.repository.js';

const URL_OPTIONS = { protocols: ['http', 'https'], require_tld: false, require_protocol: true };

export class RegisterPartnerDto {
  @ApiProperty({ enum: CORRIDOR_PROVINCE_CODES, example: 'GX' }) @IsIn(CORRIDOR_PROVINCE_CODES) provinceCode: string;
  @ApiProperty({ example: 'https://gx.landsea.example', description: "The partner's issuer: its PUBLIC_BASE_URL" }) @IsUrl(URL_OPTIONS) baseUrl: string;
  @ApiPropertyOptional({ example: 'https://landsea.gx.example.cn/.well-known/jwks.json', description: "Where to fetch the partner's signing keys" }) @IsOptional() @IsUrl(URL_OPTIONS) jwksUrl?: string;
  @ApiPropertyOptional({ example: { keys: [{ kty: 'EC', crv: 'P-256', kid: 'gx-2026-10', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' }] }, description: 'Keys pinned here instead of fetched: a JWKS object' }) @IsOptional() @IsObject() jwks?: { keys: object[] };
}

export class PartnerDto {
  @ApiProperty({ example: 'GX' }) provinceCode: string;
  @ApiProperty({ example: 'https://landsea.gx.example.cn' }) baseUrl: string;
  @ApiProperty({ example: 'https://landsea.gx.example.cn/.well-known/jwks.json', nullable: true, type: String }) jwksUrl: string | null;
  @ApiProperty({ example: 0 }) pinnedKeys: number;

  static from(partner: PartnerNode): PartnerDto {
    return { provinceCode: partner.provinceCode, baseUrl: partner.baseUrl, jwksUrl: partner.jwksUrl, pinnedKeys: partner.pinnedJwks?.keys.length ?? 0 };
  }
}
