import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsIn, IsObject, IsOptional, IsString, Length } from 'class-validator';
import { NestedObjects } from '@landsea/errors';
import { FindingDto } from '../../dossiers/dto/dossier-view.dto.js';
import { FILING_STATUSES, type Receipt } from '../filing.entity.js';
import type { FieldChange, MaterialFiling } from '../filings.service.js';
import { completeOverdue } from '../two-step.js';

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
  @ApiPropertyOptional({ enum: ['SUMMARY'], description: 'Set on the answer to a summary declaration (概要申报)' }) step?: string;
  @ApiProperty({ type: [ReasonDto] }) reasons: ReasonDto[];
  @ApiProperty() officer: string;
  @ApiProperty() at: string;
}

export class PostReceiptDto {
  @ApiProperty({ enum: ['ACCEPT', 'REJECT', 'RELEASE'] }) @IsIn(['ACCEPT', 'REJECT', 'RELEASE']) decision: Receipt['decision'];
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
  @ApiProperty() id: string;
  @ApiProperty() dossierId: string;
  @ApiProperty() dossierVersion: number;
  @ApiProperty({ example: 'CN_EXPORT_DECLARATION' }) kind: string;
  @ApiProperty({ example: 'main' }) key: string;
  @ApiProperty({
    enum: FILING_STATUSES,
    description: 'One step: DRAFT, SUBMITTED, ACCEPTED or REJECTED, RELEASED. Two steps (两步申报): DRAFT, SUMMARY_SUBMITTED, SUMMARY_ACCEPTED (the goods may be picked up) or SUMMARY_REJECTED, then SUBMITTED and on as one step',
  })
  status: string;
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
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The summary declaration (概要申报) as submitted, for a filing declared in two steps' })
  summary: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: String }) summarySubmittedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) summarySubmittedBy: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2026-12-20', description: 'The last day (China time) for the complete declaration (完整申报)' })
  completeDueBy: string | null;
  @ApiProperty({ description: 'The complete declaration is owed past its last day, or was submitted after it' }) completeOverdue: boolean;

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
