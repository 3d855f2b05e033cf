import { ApiProperty } from '@nestjs/swagger';
import { FindingDto } from '../../dossiers/dto/dossier-view.dto.js';
import type { FilingEntity } from '../filing.entity.js';
import type { FieldChange } from '../filings.service.js';

export class FieldChangeDto {
  @ApiProperty({ example: '/header/packages' }) path: string;
  @ApiProperty({ nullable: true }) from: unknown;
  @ApiProperty({ nullable: true }) to: unknown;
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

  static from(f: FilingEntity, changesFromPrevious?: FieldChange[] | null): FilingDto {
    return {
      id: f.id,
      dossierId: f.dossierId,
      dossierVersion: f.dossierVersion,
      kind: f.kind,
      key: f.key,
      status: f.status,
      stale: f.stale,
      title: f.title,
      content: f.content,
      provenance: f.provenance,
      problems: f.problems as FindingDto[],
      ...(changesFromPrevious === undefined ? {} : { changesFromPrevious }),
    };
  }
}
