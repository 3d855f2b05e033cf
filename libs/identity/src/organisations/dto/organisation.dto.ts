import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { ALL_ORGANISATION_KINDS, OrganisationKind } from '@landsea/auth';
import { CORRIDOR_PROVINCE_CODES } from '@landsea/config';
import { bilingual, NestedObject } from '@landsea/errors';
import type { OrganisationEntity } from '../organisation.entity.js';

export class FirstAdminDto {
  @ApiProperty({ example: 'li.wei@cq-electronics.example.cn' }) @IsEmail() @MaxLength(254) email: string;
  @ApiProperty({ example: '李伟' }) @IsString() @Length(1, 200) displayName: string;
  @ApiProperty({ example: 'Corridor-2026-Chongqing', description: 'At least 12 characters mixing three of: lower case, capitals, digits, symbols' })
  @IsString()
  @MaxLength(256)
  password: string;
}

export class RegisterOrganisationDto {
  @ApiPropertyOptional({ example: '重庆渝新电子有限公司' }) @IsOptional() @IsString() @Length(1, 300) nameZh?: string;
  @ApiProperty({ example: 'Chongqing Yuxin Electronics Co., Ltd.' }) @IsString() @Length(1, 300) nameEn: string;
  @ApiProperty({ example: 'CN', description: 'ISO 3166-1 alpha-2' }) @IsISO31661Alpha2() country: string;
  @ApiPropertyOptional({ example: '91500000202815306C', description: 'Unified social credit code (GB 32100-2015), required for CN' })
  @IsOptional()
  @IsString()
  uscc?: string;
  @ApiPropertyOptional({ example: '0105536012345', description: 'National registration id, for organisations outside China' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  nationalId?: string;
  @ApiPropertyOptional({ example: '5001960123', description: '10-digit customs registration code (海关编码)' })
  @IsOptional()
  @Matches(/^[0-9A-Z]{10}$/, bilingual({ en: 'customsCode must be the 10-character customs registration code', 'zh-CN': 'customsCode 须为 10 位海关注册编码' }))
  customsCode?: string;
  @ApiPropertyOptional({ example: '8001', description: 'For a customs authority: its 4-digit office code (关区代码)' })
  @IsOptional()
  @Matches(/^\d{4}$/, bilingual({ en: 'customsOffice must be a 4-digit 关区代码', 'zh-CN': 'customsOffice 须为 4 位关区代码' }))
  customsOffice?: string;
  @ApiPropertyOptional({ example: 'CQ', enum: CORRIDOR_PROVINCE_CODES }) @IsOptional() @IsIn(CORRIDOR_PROVINCE_CODES) provinceCode?: string;
  @ApiPropertyOptional({ example: '重庆市沙坪坝区西永大道 1 号' }) @IsOptional() @IsString() @MaxLength(500) address?: string;
  @ApiPropertyOptional({ example: '李伟' }) @IsOptional() @IsString() @MaxLength(200) contactName?: string;
  @ApiPropertyOptional({ example: 'trade@cq-electronics.example.cn' }) @IsOptional() @IsEmail() contactEmail?: string;
  @ApiPropertyOptional({ example: '+86 23 6588 1234' }) @IsOptional() @Matches(/^\+?[0-9 ()-]{5,30}$/, bilingual({ en: 'contactPhone must be a phone number', 'zh-CN': 'contactPhone 须为电话号码' })) contactPhone?: string;
  @ApiProperty({ enum: OrganisationKind, isArray: true, example: ['TRADER'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ALL_ORGANISATION_KINDS, { each: true })
  kinds: OrganisationKind[];
  @ApiProperty({ type: FirstAdminDto }) @NestedObject(() => FirstAdminDto) admin: FirstAdminDto;
}

export class ReviewOrganisationDto {
  @ApiProperty({ example: 'APPROVE', enum: ['APPROVE', 'REJECT'] }) @IsIn(['APPROVE', 'REJECT']) decision: 'APPROVE' | 'REJECT';
  @ApiPropertyOptional({ example: '营业执照与统一社会信用代码一致 / licence matches the USCC', description: 'Required when rejecting' }) @IsOptional() @IsString() @Length(1, 1000) reason?: string;
}

export class SuspendOrganisationDto {
  @ApiProperty({ example: 'Business licence revoked by the market regulator on 2026-11-02', description: 'Why, for the organisation and the audit trail' }) @IsString() @Length(1, 1000) reason: string;
}

export class ListOrganisationsQuery {
  @ApiPropertyOptional({ example: 'PENDING', enum: ['PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED'] })
  @IsOptional()
  @IsIn(['PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED'])
  status?: 'PENDING' | 'APPROVED' | 'REJECTED';
}

export class OrganisationDto {
  @ApiProperty({ example: '0b6f3c1e-8a52-4c7d-9e21-5d4f7a9b3c10' }) id: string;
  @ApiProperty({ example: '91500000202815306C', nullable: true, type: String }) uscc: string | null;
  @ApiProperty({ example: 'CN' }) country: string;
  @ApiProperty({ example: null, nullable: true, type: String }) nationalId: string | null;
  @ApiProperty({ example: '5001960123', nullable: true, type: String }) customsCode: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) customsOffice: string | null;
  @ApiProperty({ example: '重庆渝新电子有限公司', nullable: true, type: String }) nameZh: string | null;
  @ApiProperty({ example: 'Chongqing Yuxin Electronics Co., Ltd.' }) nameEn: string;
  @ApiProperty({ example: 'CQ', nullable: true, type: String }) provinceCode: string | null;
  @ApiProperty({ example: '重庆市沙坪坝区西永大道 1 号', nullable: true, type: String }) address: string | null;
  @ApiProperty({ example: '李伟', nullable: true, type: String }) contactName: string | null;
  @ApiProperty({ example: 'trade@cq-electronics.example.cn', nullable: true, type: String }) contactEmail: string | null;
  @ApiProperty({ example: '+86 23 6588 1234', nullable: true, type: String }) contactPhone: string | null;
  @ApiProperty({ example: ['TRADER'], enum: OrganisationKind, isArray: true }) kinds: string[];
  @ApiProperty({ example: 'APPROVED', enum: ['PENDING', 'APPROVED', 'REJECTED'] }) status: string;
  @ApiProperty({ example: null, nullable: true, type: String }) reviewReason: string | null;
  @ApiProperty({ example: '2026-10-03T09:12:00.000Z', nullable: true, type: String }) reviewedAt: string | null;
  @ApiProperty({ example: '2026-10-01T02:30:00.000Z' }) createdAt: string;

  static from(o: OrganisationEntity): OrganisationDto {
    return {
      id: o.id,
      uscc: o.uscc,
      country: o.country,
      nationalId: o.nationalId,
      customsCode: o.customsCode,
      customsOffice: o.customsOffice,
      nameZh: o.nameZh,
      nameEn: o.nameEn,
      provinceCode: o.provinceCode,
      address: o.address,
      contactName: o.contactName,
      contactEmail: o.contactEmail,
      contactPhone: o.contactPhone,
      kinds: o.kinds,
      status: o.status,
      reviewReason: o.reviewReason,
      reviewedAt: o.reviewedAt?.toISOString() ?? null,
      createdAt: o.createdAt.toISOString(),
    };
  }
}
