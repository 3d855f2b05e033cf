import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsIn, IsObject, IsOptional, IsString, Length } from 'class-validator';
import { NestedObjects } from '@landsea/errors';
import { FindingDto } from '../../dossiers/dto/dossier-view.dto.js';
import { FILING_STATUSES, type Receipt } from '../filing.entity.js';
import type { FieldChange, MaterialFiling } from '../filings.service.js';
import { completeOverdue } from '../two-step.js';

const ANY_JSON_VALUE = [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'object', nullable: true }, { type: 'array', items: {} }];

export class FieldChangeDto {
  @ApiProperty({ example: '/header/packages' }) path: string;
  @ApiProperty({ example: 120, oneOf: ANY_JSON_VALUE, description: 'The value before: any JSON value, null where there was none' }) from: unknown;
  @ApiProperty({ example: 118, oneOf: ANY_JSON_VALUE, description: 'The value after: any JSON value, null where there is none' }) to: unknown;
}

export class ReasonDto {
  @ApiProperty({ example: 'HS_CLASSIFICATION' }) @IsString() @Length(1, 40) code: string;
  @ApiProperty({ example: '商品编号与申报品名不符' }) @IsString() @Length(1, 1000) message: string;
}

export class ReceiptDto {
  @ApiProperty({ example: 'R8001202610030001' }) receiptNo: string;
  @ApiProperty({ example: 'ACCEPT', enum: ['ACCEPT', 'REJECT', 'RELEASE'] }) decision: string;
  @ApiPropertyOptional({ example: 'SUMMARY', enum: ['SUMMARY'], description: 'Set on the answer to a summary declaration (概要申报)' }) step?: string;
  @ApiProperty({ type: [ReasonDto] }) reasons: ReasonDto[];
  @ApiProperty({ example: 'Qinzhou customs, officer 8001-017' }) officer: string;
  @ApiProperty({ example: '2026-10-03T09:12:00.000Z' }) at: string;
}

export class PostReceiptDto {
  @ApiProperty({ example: 'ACCEPT', enum: ['ACCEPT', 'REJECT', 'RELEASE'] }) @IsIn(['ACCEPT', 'REJECT', 'RELEASE']) decision: Receipt['decision'];
  @ApiPropertyOptional({ type: [ReasonDto] })
  @IsOptional()
  @NestedObjects(() => ReasonDto)
  @ArrayMaxSize(50)
  reasons?: ReasonDto[];
}

export class KeyValuesDto {
  @ApiProperty({ example: { '/items/0/originCriterion': 'WO' }, description: 'Values for the fields marked keyed, by JSON pointer' })
  @IsObject()
  values: Record<string, string | number>;
}

export class FilingDto {
  @ApiProperty({ example: 'a4d1e6b2-3c9f-4e71-8b05-2f6c9d1a7e43' }) id: string;
  @ApiProperty({ example: '3f2c9a1e-6b0d-4d8e-9c57-0a1b2c3d4e5f' }) dossierId: string;
  @ApiProperty({ example: 2 }) dossierVersion: number;
  @ApiProperty({ example: 'CN_EXPORT_DECLARATION' }) kind: string;
  @ApiProperty({ example: 'main' }) key: string;
  @ApiProperty({ example: 'SUBMITTED', 
    enum: FILING_STATUSES,
    description: 'One step: DRAFT, SUBMITTED, ACCEPTED or REJECTED, RELEASED. Two steps (两步申报): DRAFT, SUMMARY_SUBMITTED, SUMMARY_ACCEPTED (the goods may be picked up) or SUMMARY_REJECTED, then SUBMITTED and on as one step',
  })
  status: string;
  @ApiProperty({ example: false, description: 'Derived from an older version of the dossier; superseded' }) stale: boolean;
  @ApiProperty({ example: { 'zh-CN': '出口报关单', en: 'Export declaration' } }) title: { 'zh-CN': string; en: string };
  @ApiProperty({ example: { tradeMode: '0110', transportMode: '3' }, type: 'object', additionalProperties: true }) content: Record<string, unknown>;
  @ApiProperty({ example: { '/consignor/name': '/parties/exporter/name', '/declarationDate': 'keyed' }, description: 'For each field (JSON pointer), the dossier field it came from, or keyed', type: 'object', additionalProperties: true })
  provenance: Record<string, unknown>;
  @ApiProperty({ type: [FindingDto] }) problems: FindingDto[];
  @ApiProperty({ type: [FieldChangeDto], nullable: true, required: false }) changesFromPrevious?: FieldChange[] | null;
  @ApiProperty({ example: '8001', nullable: true, type: String, description: 'The customs office it went to' }) addressedTo: string | null;
  @ApiProperty({ example: '2026-10-01T02:30:00.000Z', nullable: true, type: String }) submittedAt: string | null;
  @ApiProperty({ example: '6e2a9d47-1c3b-4f85-a0d2-7b9e4c1f5a38', nullable: true, type: String }) submittedBy: string | null;
  @ApiProperty({ type: [ReceiptDto] }) receipts: ReceiptDto[];
  @ApiProperty({ example: null, type: 'object', additionalProperties: true, nullable: true, description: 'The summary declaration (概要申报) as submitted, for a filing declared in two steps' })
  summary: Record<string, unknown> | null;
  @ApiProperty({ example: null, nullable: true, type: String }) summarySubmittedAt: string | null;
  @ApiProperty({ example: null, nullable: true, type: String }) summarySubmittedBy: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2026-12-20', description: 'The last day (China time) for the complete declaration (完整申报)' })
  completeDueBy: string | null;
  @ApiProperty({ example: false, description: 'The complete declaration is owed past its last day, or was submitted after it' }) completeOverdue: boolean;

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
      summary: f.summary,
      summarySubmittedAt: f.summarySubmittedAt?.toISOString() ?? null,
      summarySubmittedBy: f.summarySubmittedBy,
      completeDueBy: f.completeDueBy,
      completeOverdue: completeOverdue(f),
      ...(changesFromPrevious === undefined ? {} : { changesFromPrevious }),
    };
  }
}
