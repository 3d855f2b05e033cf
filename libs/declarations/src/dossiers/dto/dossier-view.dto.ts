import { ApiProperty } from '@nestjs/swagger';
import type { DossierVersionEntity } from '../dossier.entity.js';
import type { DossierView } from '../dossiers.service.js';
import { DossierDto } from './dossier.dto.js';

export class FindingDto {
  @ApiProperty({ example: 'INVOICE_TOTAL_MISMATCH' }) rule: string;
  @ApiProperty({ example: 'ERROR', enum: ['ERROR', 'WARNING'] }) severity: string;
  @ApiProperty({ type: [String], example: ['/invoice/totalAmount'] }) pointers: string[];
  @ApiProperty({ example: { 'zh-CN': '发票总金额与各行金额之和不一致', en: 'The invoice total is not the sum of its lines' } })
  message: { 'zh-CN': string; en: string };
}

export class FilingSummaryDto {
  @ApiProperty({ example: 'CN_EXPORT_DECLARATION' }) kind: string;
  @ApiProperty({ example: 'main' }) key: string;
  @ApiProperty({ example: { 'zh-CN': '中华人民共和国海关出口货物报关单', en: 'China export goods declaration' } }) title: { 'zh-CN': string; en: string };
  @ApiProperty({ example: 0, description: "Findings of the filing's own rules" }) problems: number;
}

export class ReuseDto {
  @ApiProperty({ example: 38, description: 'Distinct dossier fields the filings drew on: keyed once' }) dossierFieldsUsed: number;
  @ApiProperty({ example: 112, description: 'Filing fields filled from the dossier' }) filledFromDossier: number;
  @ApiProperty({ example: 4, description: 'Filing fields the dossier could not fill' }) keyed: number;
  @ApiProperty({ example: 2.95, description: 'Filing fields filled per dossier field keyed' }) reuseRatio: number;
}

export class DossierViewDto {
  @ApiProperty({ example: '3f2c9a1e-6b0d-4d8e-9c57-0a1b2c3d4e5f' }) id: string;
  @ApiProperty({ example: 'YX-2026-0142' }) reference: string;
  @ApiProperty({ example: 2 }) version: number;
  @ApiProperty({ example: 'READY', enum: ['READY', 'NEEDS_ATTENTION'] }) status: string;
  @ApiProperty({ type: [FindingDto] }) findings: FindingDto[];
  @ApiProperty({ type: DossierDto }) document: DossierDto;
  @ApiProperty({ example: '2026-09-30T08:15:00.000Z' }) updatedAt: string;
  @ApiProperty({ type: [FilingSummaryDto] }) filings: FilingSummaryDto[];
  @ApiProperty({ type: ReuseDto }) reuse: ReuseDto;

  static from(view: DossierView): DossierViewDto {
    return {
      ...view,
      findings: [...view.findings] as FindingDto[],
      document: view.document as DossierDto,
      updatedAt: view.updatedAt.toISOString(),
      filings: [...view.filings],
    };
  }
}

export class DossierSummaryDto {
  @ApiProperty({ example: '3f2c9a1e-6b0d-4d8e-9c57-0a1b2c3d4e5f' }) id: string;
  @ApiProperty({ example: 'YX-2026-0142' }) reference: string;
  @ApiProperty({ example: 2 }) version: number;
  @ApiProperty({ example: '2026-09-30T08:15:00.000Z' }) updatedAt: string;
}

export class DossierVersionDto {
  @ApiProperty({ example: 2 }) version: number;
  @ApiProperty({ example: 0 }) errorCount: number;
  @ApiProperty({ example: '8d1c4b7e-2f3a-4c5d-9e6f-7a8b9c0d1e2f', description: 'The person who saved it (their subject)' }) createdBy: string;
  @ApiProperty({ example: '2026-09-30T08:15:00.000Z' }) createdAt: string;

  static from(v: Pick<DossierVersionEntity, 'version' | 'errorCount' | 'createdBy' | 'createdAt'>): DossierVersionDto {
    return { version: v.version, errorCount: v.errorCount, createdBy: v.createdBy, createdAt: v.createdAt.toISOString() };
  }
}
