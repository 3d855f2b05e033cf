import { ApiProperty } from '@nestjs/swagger';
import type { DossierVersionEntity } from '../dossier.entity.js';
import type { DossierView } from '../dossiers.service.js';
import { DossierDto } from './dossier.dto.js';

export class FindingDto {
  @ApiProperty({ example: 'INVOICE_TOTAL_MISMATCH' }) rule: string;
  @ApiProperty({ enum: ['ERROR', 'WARNING'] }) severity: string;
  @ApiProperty({ type: [String], example: ['/invoice/totalAmount'] }) pointers: string[];
  @ApiProperty({ example: { 'zh-CN': '发票总金额与各行金额之和不一致', en: 'The invoice total is not the sum of its lines' } })
  message: { 'zh-CN': string; en: string };
}

export class DossierViewDto {
  @ApiProperty() id: string;
  @ApiProperty() reference: string;
  @ApiProperty() version: number;
  @ApiProperty({ enum: ['READY', 'NEEDS_ATTENTION'] }) status: string;
  @ApiProperty({ type: [FindingDto] }) findings: FindingDto[];
  @ApiProperty({ type: DossierDto }) document: DossierDto;
  @ApiProperty() updatedAt: string;

  static from(view: DossierView): DossierViewDto {
    return { ...view, findings: [...view.findings] as FindingDto[], document: view.document as DossierDto, updatedAt: view.updatedAt.toISOString() };
  }
}

export class DossierSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() reference: string;
  @ApiProperty() version: number;
  @ApiProperty() updatedAt: string;
}

export class DossierVersionDto {
  @ApiProperty() version: number;
  @ApiProperty() errorCount: number;
  @ApiProperty() createdBy: string;
  @ApiProperty() createdAt: string;

  static from(v: Pick<DossierVersionEntity, 'version' | 'errorCount' | 'createdBy' | 'createdAt'>): DossierVersionDto {
    return { version: v.version, errorCount: v.errorCount, createdBy: v.createdBy, createdAt: v.createdAt.toISOString() };
  }
}
