import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsUrl } from 'class-validator';
import { CORRIDOR_PROVINCE_CODES } from '@landsea/config';
import type { PartnerNode } from '../partner-node.repository.js';

const URL_OPTIONS = { protocols: ['http', 'https'], require_tld: false, require_protocol: true };

export class RegisterPartnerDto {
  @ApiProperty({ enum: CORRIDOR_PROVINCE_CODES, example: 'GX' }) @IsIn(CORRIDOR_PROVINCE_CODES) provinceCode: string;
  @ApiProperty({ example: 'https://gx.landsea.example', description: "The partner's issuer: its PUBLIC_BASE_URL" }) @IsUrl(URL_OPTIONS) baseUrl: string;
  @ApiPropertyOptional({ description: "Where to fetch the partner's signing keys" }) @IsOptional() @IsUrl(URL_OPTIONS) jwksUrl?: string;
  @ApiPropertyOptional({ description: 'Keys pinned here instead of fetched: a JWKS object' }) @IsOptional() @IsObject() jwks?: { keys: object[] };
}

export class PartnerDto {
  @ApiProperty() provinceCode: string;
  @ApiProperty() baseUrl: string;
  @ApiProperty({ nullable: true, type: String }) jwksUrl: string | null;
  @ApiProperty() pinnedKeys: number;

  static from(partner: PartnerNode): PartnerDto {
    return { provinceCode: partner.provinceCode, baseUrl: partner.baseUrl, jwksUrl: partner.jwksUrl, pinnedKeys: partner.pinnedJwks?.keys.length ?? 0 };
  }
}
