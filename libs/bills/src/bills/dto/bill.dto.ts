import { type ApiParamOptions, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import type { PartyId } from '@landsea/auth';
import { bilingual, NestedObject, QueryBoolean, QueryLimit } from '@landsea/errors';
import { IsCountry, IsUscc } from '@landsea/reference';
import type { BillEntity } from '../bill.entity.js';
import type { BillKind, SurrenderPurpose } from '../bill-state-machine.js';

const BILL_NUMBER = /^[A-Z0-9][A-Z0-9-]{2,34}$/;

/** The bill a route under /bills/{id} acts on. */
export const BILL_ID_PARAM: ApiParamOptions = { name: 'id', example: '8f14e45f-ceea-467f-a0e6-5b1b7c1d2e3f', description: 'The bill' };

/** An organisation, by USCC when registered in China, otherwise by country and national id. */
export class PartyIdDto {
  @ApiPropertyOptional({ example: '91500000MA5U7K8B3E' })
  @ValidateIf((o: PartyIdDto) => o.country === undefined)
  @IsUscc()
  uscc?: string;

  @ApiPropertyOptional({ example: 'TH' })
  @ValidateIf((o: PartyIdDto) => o.uscc === undefined)
  @IsCountry()
  country?: string;

  @ApiPropertyOptional({ example: '0105536012345' })
  @ValidateIf((o: PartyIdDto) => o.uscc === undefined)
  @IsString()
  @Length(1, 64)
  nationalId?: string;

  toPartyId(): PartyId {
    return this.uscc ? { uscc: this.uscc } : { country: this.country as string, nationalId: this.nationalId as string };
  }
}

export class IssueBillDto {
  @ApiProperty({ example: '3f2c9a1e-6b0d-4d8e-9c57-0a1b2c3d4e5f', description: 'The dossier the bill is issued from; it must name the calling carrier' }) @IsUUID() dossierId: string;
  @ApiProperty({ example: 'CQLS2026000142', description: 'Unique per carrier: capitals, digits and hyphens, 3 to 35' })
  @Matches(BILL_NUMBER, bilingual({ en: 'number must be 3 to 35 capitals, digits or hyphens', 'zh-CN': 'number 须为 3 至 35 位大写字母、数字或连字符' }))
  number: string;
  @ApiProperty({ example: 'TO_ORDER', enum: ['STRAIGHT', 'TO_ORDER'], description: 'STRAIGHT: to the named consignee; TO_ORDER: negotiable by endorsement' })
  @IsIn(['STRAIGHT', 'TO_ORDER'])
  kind: BillKind;
}

export class TransferBillDto {
  @ApiProperty({ type: PartyIdDto, description: 'The organisation the bill is offered to; it accepts or rejects' })
  @NestedObject(() => PartyIdDto)
  to: PartyIdDto;
}

export class PledgeBillDto {
  @ApiProperty({ type: PartyIdDto, description: 'The bank the bill is pledged to' })
  @NestedObject(() => PartyIdDto)
  bank: PartyIdDto;
}

export class SurrenderBillDto {
  @ApiProperty({ example: 'DELIVERY', enum: ['DELIVERY', 'AMENDMENT'] }) @IsIn(['DELIVERY', 'AMENDMENT']) purpose: SurrenderPurpose;
}

export class AcceptSurrenderDto {
  @ApiPropertyOptional({ description: 'For a surrender for AMENDMENT: the number of the replacement bill', example: 'CQLS2026000142-A1' })
  @IsOptional()
  @Matches(BILL_NUMBER, bilingual({ en: 'replacementNumber must be 3 to 35 capitals, digits or hyphens', 'zh-CN': 'replacementNumber 须为 3 至 35 位大写字母、数字或连字符' }))
  replacementNumber?: string;
}

export class RejectDto {
  @ApiPropertyOptional({ example: 'The goods are not yet paid for', description: 'Why; recorded in the signed history' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

export class BillQuery {
  @ApiPropertyOptional({ example: true, description: 'Only the bills your organisation holds now' }) @IsOptional() @QueryBoolean() holding?: boolean;
  @ApiPropertyOptional({ example: '3f2c9a1e-6b0d-4d8e-9c57-0a1b2c3d4e5f' }) @IsOptional() @IsUUID() dossierId?: string;
  @QueryLimit(200)
  limit?: number;
}

export class VerifyQuery {
  @ApiProperty({ example: 'CQLS2026000142' }) @Matches(BILL_NUMBER, bilingual({ en: 'number must be a bill number', 'zh-CN': 'number 须为提单号' })) number: string;
  @ApiPropertyOptional({ example: 'USCC:91500000MA5U7K8B3E', description: 'The carrier, when several issued this number' })
  @IsOptional()
  @IsString()
  @Length(4, 80)
  carrier?: string;
}

export class BillPartyPositionDto {
  @ApiProperty({ example: 'USCC:91500000202815306C' }) party: string;
  @ApiProperty({ nullable: true, type: String, example: '6a0e2b9c-1d4f-4e8a-b7c3-5f9d0e1a2b3c', description: 'Its organisation on this node; null for a party registered elsewhere' }) organisationId: string | null;
}

export class BillDto {
  @ApiProperty({ example: '0b7d4f2e-8c1a-4e5b-9d3f-2a6c8e0f1b4d' }) id: string;
  @ApiProperty({ example: 'CQLS2026000142' }) number: string;
  @ApiProperty({ example: 'TO_ORDER', enum: ['STRAIGHT', 'TO_ORDER'] }) kind: string;
  @ApiProperty({ example: 'HELD', enum: ['HELD', 'TRANSFER_PENDING', 'PLEDGED', 'SURRENDER_PENDING', 'ACCOMPLISHED', 'VOID', 'TRANSFERRED_OUT'] }) state: string;
  @ApiProperty() carrier: BillPartyPositionDto;
  @ApiProperty() holder: BillPartyPositionDto;
  @ApiProperty({ nullable: true, type: BillPartyPositionDto, description: 'The organisation a transfer is offered to' }) pending: BillPartyPositionDto | null;
  @ApiProperty({ nullable: true, type: BillPartyPositionDto }) pledgee: BillPartyPositionDto | null;
  @ApiProperty({ example: null, nullable: true, enum: ['DELIVERY', 'AMENDMENT', null], type: String, description: 'While a surrender is pending: what for' }) surrenderPurpose: string | null;
  @ApiProperty({ nullable: true, type: String, example: null, description: 'The named consignee of a straight bill' }) consignee: string | null;
  @ApiProperty({ nullable: true, type: String, example: '3f2c9a1e-6b0d-4d8e-9c57-0a1b2c3d4e5f' }) dossierId: string | null;
  @ApiProperty({ example: '9c1185a5c5e9fc54612808977ee8f548b2258d31a6f1b7e1c7e3c9d3a0f4e2b1', description: 'SHA-256 over the RFC 8785 canonical JSON of the document' }) documentChecksum: string;
  @ApiProperty({ example: 3, description: 'Entries in the signed history' }) sequence: number;
  @ApiProperty({ example: '9c1185a5c5e9fc54612808977ee8f548b2258d31a6f1b7e1c7e3c9d3a0f4e2b1', description: 'Checksum of the latest history entry' }) headChecksum: string;
  @ApiProperty({ nullable: true, type: String, example: null }) replacesBillId: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) replacedByBillId: string | null;
  @ApiProperty({ example: { transportDocumentReference: 'CQLS2026000142' }, type: 'object', additionalProperties: true }) document: Record<string, unknown>;
  @ApiProperty({ example: '2026-10-01T02:30:00.000Z' }) createdAt: string;
  @ApiProperty({ example: '2026-10-03T09:12:00.000Z' }) updatedAt: string;

  static from(bill: BillEntity): BillDto {
    const party = (p: string | null, organisationId: string | null) => (p === null ? null : { party: p, organisationId });
    return {
      id: bill.id,
      number: bill.number,
      kind: bill.kind,
      state: bill.state,
      carrier: { party: bill.carrierParty, organisationId: bill.carrierOrganisationId },
      holder: { party: bill.holderParty, organisationId: bill.holderOrganisationId },
      pending: party(bill.pendingParty, bill.pendingOrganisationId),
      pledgee: party(bill.pledgeeParty, bill.pledgeeOrganisationId),
      surrenderPurpose: bill.surrenderPurpose,
      consignee: bill.consigneeParty,
      dossierId: bill.dossierId,
      documentChecksum: bill.documentChecksum,
      sequence: bill.sequence,
      headChecksum: bill.headChecksum,
      replacesBillId: bill.replacesBillId,
      replacedByBillId: bill.replacedByBillId,
      document: bill.document as unknown as Record<string, unknown>,
      createdAt: new Date(bill.createdAt).toISOString(),
      updatedAt: new Date(bill.updatedAt).toISOString(),
    };
  }
}

export class BillStepDto {
  @ApiProperty({ type: BillDto }) bill: BillDto;
  @ApiPropertyOptional({ type: BillDto, description: 'The replacement issued when a surrender for amendment is accepted' }) replacement?: BillDto;
}

export class HistoryEntryDto {
  @ApiProperty({ example: 2 }) sequence: number;
  @ApiProperty({ example: 'TRANSFER_ACCEPTED' }) action: string;
  @ApiProperty({ example: 'USCC:91450700MA5KX1234P' }) actor: string;
  @ApiProperty({ example: 'USCC:91500000202815306C', nullable: true, type: String }) from: string | null;
  @ApiProperty({ example: 'USCC:91450700MA5KX1234P', nullable: true, type: String }) to: string | null;
  @ApiProperty({ example: '2026-10-03T09:12:00.000Z' }) time: string;
  @ApiPropertyOptional({ example: 'The consignee named is not ours' }) reason?: string;
  @ApiProperty({ example: 'eyJhbGciOiJFUzI1NiIsImtpZCI6ImNxLTIwMjYtMTAifQ.eyJzZXEiOjF9.MEUCIQ…', description: 'The compact JWS (ES256) the node signed; what verification checks' }) jws: string;
  @ApiProperty({ example: '9c1185a5c5e9fc54612808977ee8f548b2258d31a6f1b7e1c7e3c9d3a0f4e2b1', description: 'SHA-256 of the JWS, which the next entry links to' }) checksum: string;
}

export class ChainProblemDto {
  @ApiProperty({ example: 3, nullable: true, type: Number, description: 'The entry at fault; null for the bill as a whole' }) sequence: number | null;
  @ApiProperty({ example: 'signature does not verify with the carrier node key cq-2026-10' }) problem: string;
}

export class SignedHeadDto {
  @ApiProperty({ example: 'eyJhbGciOiJFUzI1NiIsImtpZCI6ImNxLTIwMjYtMTAifQ.eyJzZXEiOjF9.MEUCIQ…', description: 'The compact JWS (ES256, typ landsea-bill-head+jws) the node signed with the last step: bill, carrier, sequence, checksum, state, signedAt, node' })
  jws: string;
  @ApiPropertyOptional({ example: 3, description: 'The last entry the head names (when the head verifies)' }) sequence?: number;
  @ApiPropertyOptional({ example: 'HELD' }) state?: string;
  @ApiPropertyOptional({ example: '2026-10-03T09:12:00.000Z', description: 'When the node signed it: a copy is complete as of this time' }) signedAt?: string;
  @ApiPropertyOptional({ example: 'CQ' }) node?: string;
  @ApiPropertyOptional({ example: 'cq-2026-10', description: 'The kid of the record key that signed it' }) keyId?: string;
}

export class VerificationDto {
  @ApiProperty({ example: 'CQLS2026000142' }) number: string;
  @ApiProperty({ example: 'USCC:91500000MA5U7K8B3E' }) carrier: string;
  @ApiProperty({ example: 'HELD' }) state: string;
  @ApiProperty({ example: '9c1185a5c5e9fc54612808977ee8f548b2258d31a6f1b7e1c7e3c9d3a0f4e2b1' }) documentChecksum: string;
  @ApiProperty({ example: 'CQ', description: 'The node that recorded the history: this one, or the partner node that shared it' }) node: string;
  @ApiProperty({ example: true, description: 'True when every signature, link and step verifies and the stored bill matches its history' }) valid: boolean;
  @ApiProperty({ type: [ChainProblemDto] }) problems: ChainProblemDto[];
  @ApiProperty({ type: [HistoryEntryDto] }) entries: HistoryEntryDto[];
  @ApiProperty({ type: SignedHeadDto, nullable: true, description: 'Where the node says the history ends; null for a bill issued before heads were signed' })
  head: SignedHeadDto | null;
  @ApiProperty({ example: 'https://landsea.cq.example.cn/.well-known/jwks.json', description: "Where the recording node's keys are published" }) keys: string;
}

export class AttachmentDto {
  @ApiProperty({ example: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924' }) id: string;
  @ApiProperty({ example: 'commercial-invoice.pdf' }) name: string;
  @ApiProperty({ example: 'application/pdf' }) mediaType: string;
  @ApiProperty({ example: 48213 }) sizeBytes: number;
  @ApiProperty({ example: '9c1185a5c5e9fc54612808977ee8f548b2258d31a6f1b7e1c7e3c9d3a0f4e2b1', description: 'SHA-256 of the content, hex' }) sha256: string;
  @ApiProperty({ example: '2026-10-01T02:30:00.000Z' }) createdAt: string;
}
