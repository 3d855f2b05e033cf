import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { FindingDto } from '../../dossiers/dto/dossier-view.dto.js';
import type { Receipt } from '../filing.entity.js';
import type { FieldChange, MaterialFiling } from '../filings.service.js';

export class FieldChangeDto {
  @ApiProperty({ example: '/header/packages' }) path: string;
  @ApiProperty({ nullable: true }) from: unknown;
  @ApiProperty({ nullable: true }) to: unknown;
}

export class ReasonDto {
  @ApiProperty({ example: 'HS_CLASSIFICATION' }) @IsString() @Length(1, 40) code: string;
  @ApiProperty({ example: '商品编号与申报品名不符' }) @IsString() @Length(1, 1000) message: string;
}

export class ReceiptDto {
  @ApiProperty() receiptNo: string;
  @ApiProperty({ enum: ['ACCEPT', 'REJECT', 'RELEASE'] }) decision: string;
  @ApiProperty({ type: [ReasonDto] }) reasons: ReasonDto[];
  @ApiProperty() officer: string;
  @ApiProperty() at: string;
}

export class PostReceiptDto {
  @ApiProperty({ enum: ['ACCEPT', 'REJECT', 'RELEASE'] }) @IsIn(['ACCEPT', 'REJECT', 'RELEASE']) decision: Receipt['decision'];
  @ApiPropertyOptional({ type: [ReasonDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ReasonDto)
  reasons?: ReasonDto[];
}

export class KeyValuesDto {
  @ApiProperty({ example: { '/items/0/originCriterion': 'WO' }, description: 'Values for the fields marked keyed, by JSON pointer' })
  @IsObject()
  values: Record<string, string | number>;
}

export class FilingDto {
  @ApiProperty() id: string;
  @ApiProperty() dossierId: string;
  @ApiProperty() dossierVersion: number;
  @ApiProperty({ example: 'CN_EXPORT_DECLARATION' }) kind: string;
  @ApiProperty({ example: 'main' }) key: string;
  @ApiProperty({ enum: ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'RELEASED'] }) status: string;
  @ApiProperty({ description: 'Derived from an older version of the dossier; superseded' }) stale: boolean;
  @ApiProperty() title: { 'zh-CN': string; en: string };
  @ApiProperty({ type: 'object', additionalProperties: true }) content: Record<string, unknown>;
  @ApiProperty({ description: 'For each field (JSON pointer), the dossier field it came from, or keyed', type: 'object', additionalProperties: true })
  provenance: Record<string, unknown>;
  @ApiProperty({ type: [FindingDto] }) problems: FindingDto[];
  @ApiProperty({ type: [FieldChangeDto], nullable: true, required: false }) changesFromPrevious?: FieldChange[] | null;
  @ApiProperty({ nullable: true, type: String, description: 'The customs office it went to' }) addressedTo: string | null;
  @ApiProperty({ nullable: true, type: String }) submittedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) submittedBy: string | null;
  @ApiProperty({ type: [ReceiptDto] }) receipts: ReceiptDto[];

  static from({ filing: f, content, provenance }: MaterialFiling, changesFromPrevious?: FieldChange[] | null): FilingDto {
    return {
      id: f.id,
      dossierId: f.dossierId,
      dossierVersion: f.dossierVersion,
      kind: f.kind,
      key: f.key,
      status: f.status,
      stale: f.stale,
      title: f.title,
      content,
      provenance,
      problems: f.problems as FindingDto[],
      addressedTo: f.addressedTo,
      submittedAt: f.submittedAt?.toISOString() ?? null,
      submittedBy: f.submittedBy,
      receipts: f.receipts.map((r) => ({ ...r, reasons: [...r.reasons] })),
      ...(changesFromPrevious === undefined ? {} : { changesFromPrevious }),
    };
  }
}
