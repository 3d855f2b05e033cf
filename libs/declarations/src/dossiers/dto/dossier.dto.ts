import { type ApiParamOptions, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  IsCalendarDate,
  IsContainerNumberShape,
  IsCountry,
  IsCurrency,
  IsDecimalString,
  IsTariffCode,
  IsUnlocode,
  IsUscc,
} from '@landsea/reference';
import { CORRIDOR_PROVINCE_CODES } from '@landsea/config';
import { bilingual, NestedObject, NestedObjects } from '@landsea/errors';
import { type Incoterm, INCOTERMS_2020, type TransportMode } from '../dossier.js';

/** UN/ECE Recommendation 20 units most used on corridor invoices. */
export const UNITS = ['PCE', 'SET', 'PR', 'DZN', 'KGM', 'TNE', 'GRM', 'MTR', 'MTK', 'MTQ', 'LTR', 'C62', 'H87', 'NAR', 'BX', 'CT', 'RO'] as const;
/** UN/ECE Recommendation 21 package codes most used in the corridor. */
export const PACKAGE_KINDS = ['CT', 'BX', 'CS', 'PK', 'PL', 'PX', 'BG', 'SA', 'DR', 'CR', 'BE', 'RO', 'BL', 'CN', 'NE'] as const;
const MODES: readonly TransportMode[] = ['RAIL', 'SEA', 'ROAD', 'AIR'];

/** The dossier a route under /declarations/dossiers/{id} acts on. */
export const DOSSIER_ID_PARAM: ApiParamOptions = { name: 'id', example: '3f2c9a1e-6b0d-4d8e-9c57-0a1b2c3d4e5f', description: 'The dossier' };

export class PartyDto {
  @ApiPropertyOptional({ example: '91500000202815306C' }) @IsOptional() @IsUscc() uscc?: string;
  @ApiProperty({ example: 'CN' }) @IsCountry() country: string;
  @ApiPropertyOptional({ example: '0105536012345' }) @IsOptional() @IsString() @Length(1, 64) nationalId?: string;
  @ApiProperty({ example: '重庆渝新电子有限公司' }) @IsString() @Length(1, 300) name: string;
  @ApiPropertyOptional({ example: '重庆市沙坪坝区西部物流园 8 号' }) @IsOptional() @IsString() @MaxLength(500) address?: string;
}

export class PartiesDto {
  @ApiProperty({ type: PartyDto }) @NestedObject(() => PartyDto) exporter: PartyDto;
  @ApiProperty({ type: PartyDto }) @NestedObject(() => PartyDto) importer: PartyDto;
  @ApiPropertyOptional({ type: PartyDto }) @IsOptional() @NestedObject(() => PartyDto) notifyParty?: PartyDto;
  @ApiPropertyOptional({ type: PartyDto }) @IsOptional() @NestedObject(() => PartyDto) declarant?: PartyDto;
  @ApiPropertyOptional({ type: PartyDto }) @IsOptional() @NestedObject(() => PartyDto) carrier?: PartyDto;
}

export class ContractDto {
  @ApiProperty({ example: 'YX-TH-2026-031' }) @IsString() @Length(1, 64) number: string;
  @ApiProperty({ example: '2026-10-08' }) @IsCalendarDate() date: string;
  @ApiProperty({ type: PartyDto }) @NestedObject(() => PartyDto) seller: PartyDto;
  @ApiProperty({ type: PartyDto }) @NestedObject(() => PartyDto) buyer: PartyDto;
  @ApiProperty({ example: 'CIF', enum: INCOTERMS_2020 }) @IsIn(INCOTERMS_2020) incoterm: Incoterm;
  @ApiProperty({ example: 'THLCH', description: 'UN/LOCODE of the named place' }) @IsUnlocode() incotermPlace: string;
  @ApiProperty({ example: 'USD' }) @IsCurrency() currency: string;
  @ApiPropertyOptional({ example: 'T/T 30 days after bill of lading date' }) @IsOptional() @IsString() @MaxLength(200) paymentTerms?: string;
}

export class InvoiceLineDto {
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) @Max(999) lineNo: number;
  @ApiProperty({ example: '笔记本电脑' }) @IsString() @Length(1, 200) productNameZh: string;
  @ApiProperty({ example: 'Laptop computer' }) @IsString() @Length(1, 200) productNameEn: string;
  @ApiProperty({ example: 'YX-NB14' }) @IsString() @Length(1, 100) model: string;
  @ApiProperty({ example: '8471300000', description: "China's 10-digit 商品编号" }) @IsTariffCode(10) hsCode: string;
  @ApiProperty({ example: 'CN' }) @IsCountry() originCountry: string;
  @ApiProperty({ example: '400' }) @IsDecimalString(5) quantity: string;
  @ApiProperty({ example: 'PCE', enum: UNITS }) @IsIn(UNITS) unit: string;
  @ApiProperty({ example: '389.00' }) @IsDecimalString(4) unitPrice: string;
  @ApiProperty({ example: '155600.00' }) @IsDecimalString(4) amount: string;
}

export class InvoiceDto {
  @ApiProperty({ example: 'INV-2026-0142' }) @IsString() @Length(1, 64) number: string;
  @ApiProperty({ example: '2026-09-28' }) @IsCalendarDate() date: string;
  @ApiProperty({ type: PartyDto }) @NestedObject(() => PartyDto) seller: PartyDto;
  @ApiProperty({ type: PartyDto }) @NestedObject(() => PartyDto) buyer: PartyDto;
  @ApiProperty({ example: 'USD' }) @IsCurrency() currency: string;
  @ApiProperty({ example: '155600.00' }) @IsDecimalString(4) totalAmount: string;
  @ApiPropertyOptional({ example: '3200.00' }) @IsOptional() @IsDecimalString(4) freight?: string;
  @ApiPropertyOptional({ example: '180.00' }) @IsOptional() @IsDecimalString(4) insurance?: string;
  @ApiProperty({ type: [InvoiceLineDto] })
  @NestedObjects(() => InvoiceLineDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  lines: InvoiceLineDto[];
}

export class StowageDto {
  @ApiProperty({ example: 'TGHU8765436', description: 'One of the containers the dossier lists' }) @IsContainerNumberShape() container: string;
  @ApiPropertyOptional({ example: 20, description: "The line's packages in this container" }) @IsOptional() @IsInt() @Min(0) @Max(1_000_000) packages?: number;
  @ApiPropertyOptional({ example: '1280.000', description: "The line's gross weight in this container" }) @IsOptional() @IsDecimalString(3) grossWeightKg?: string;
}

export class PackingLineDto {
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) @Max(999) lineNo: number;
  @ApiProperty({ example: '400' }) @IsDecimalString(5) quantity: string;
  @ApiProperty({ example: 40 }) @IsInt() @Min(1) @Max(1_000_000) packages: number;
  @ApiProperty({ example: 'CT', enum: PACKAGE_KINDS }) @IsIn(PACKAGE_KINDS) packageKind: string;
  @ApiProperty({ example: '2200.000' }) @IsDecimalString(3) netWeightKg: string;
  @ApiProperty({ example: '2560.000' }) @IsDecimalString(3) grossWeightKg: string;
  @ApiPropertyOptional({ example: '18.500' }) @IsOptional() @IsDecimalString(3) volumeM3?: string;
  @ApiPropertyOptional({ example: 'YX/LCH/1-40' }) @IsOptional() @IsString() @MaxLength(500) marks?: string;
  @ApiPropertyOptional({
    type: () => [StowageDto],
    description: 'The container(s) the line is stowed in; optional when the dossier lists one container. A line split over several gives packages and gross weight per container.',
  })
  @IsOptional()
  @NestedObjects(() => StowageDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  stowage?: StowageDto[];
}

export class PackingListDto {
  @ApiProperty({ type: PartyDto }) @NestedObject(() => PartyDto) shipper: PartyDto;
  @ApiProperty({ type: PartyDto }) @NestedObject(() => PartyDto) consignee: PartyDto;
  @ApiProperty({ type: [PackingLineDto] })
  @NestedObjects(() => PackingLineDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  lines: PackingLineDto[];
}

export class TransportLegDto {
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) @Max(20) sequence: number;
  @ApiProperty({ example: 'RAIL', enum: MODES }) @IsIn(MODES) mode: TransportMode;
  @ApiProperty({ example: 'CNCQI' }) @IsUnlocode() from: string;
  @ApiProperty({ example: 'CNQZH' }) @IsUnlocode() to: string;
  @ApiPropertyOptional({ example: 'KOTA LAYANG' }) @IsOptional() @IsString() @MaxLength(100) vesselName?: string;
  @ApiPropertyOptional({ example: '0412S' }) @IsOptional() @IsString() @MaxLength(30) voyageNumber?: string;
  @ApiPropertyOptional({ example: 'X8001' }) @IsOptional() @IsString() @MaxLength(30) trainNumber?: string;
  @ApiProperty({ example: '2026-10-02' }) @IsCalendarDate() plannedDeparture: string;
  @ApiProperty({ example: '2026-10-08' }) @IsCalendarDate() plannedArrival: string;
}

export class ContainerDto {
  @ApiProperty({ example: 'TGHU8765436', description: 'ISO 6346; a wrong check digit is a finding (CONTAINER_CHECK_DIGIT), not a refusal' }) @IsContainerNumberShape() number: string;
  @ApiProperty({ example: '45G1' }) @Matches(/^[0-9A-Z]{2}[0-9A-Z]{2}$/, bilingual({ en: 'sizeType must be an ISO 6346 size and type code such as 45G1', 'zh-CN': 'sizeType 须为 ISO 6346 尺寸类型代码，例如 45G1' })) sizeType: string;
  @ApiProperty({ type: [String], example: ['CQ2026184'] }) @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) @Length(1, 30, { each: true }) seals: string[];
  @ApiPropertyOptional({ example: 40 }) @IsOptional() @IsInt() @Min(0) packages?: number;
  @ApiPropertyOptional({ example: '2560.000' }) @IsOptional() @IsDecimalString(3) grossWeightKg?: string;
}

export class TransportDto {
  @ApiProperty({ example: 'CNCQI' }) @IsUnlocode() placeOfReceipt: string;
  @ApiProperty({ example: 'CNQZH' }) @IsUnlocode() portOfLoading: string;
  @ApiProperty({ example: 'THLCH' }) @IsUnlocode() portOfDischarge: string;
  @ApiProperty({ example: 'THBKK' }) @IsUnlocode() placeOfDelivery: string;
  @ApiProperty({ example: 40 }) @IsInt() @Min(1) totalPackages: number;
  @ApiProperty({ type: [TransportLegDto] })
  @NestedObjects(() => TransportLegDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  legs: TransportLegDto[];
  @ApiProperty({ type: [ContainerDto] }) @NestedObjects(() => ContainerDto) @ArrayMaxSize(200) containers: ContainerDto[];
}

export class CustomsHeaderDto {
  @ApiProperty({ example: '8001', description: '关区代码: the declaring customs office' }) @Matches(/^\d{4}$/, bilingual({ en: 'customsOffice is a 4-digit 关区代码', 'zh-CN': 'customsOffice 须为 4 位关区代码' })) customsOffice: string;
  @ApiProperty({ example: '7211', description: '出境关别 of an export, 进境关别 of an import: the border customs office' }) @Matches(/^\d{4}$/, bilingual({ en: 'exitOffice is a 4-digit 关区代码', 'zh-CN': 'exitOffice 须为 4 位关区代码' })) exitOffice: string;
  @ApiProperty({ example: '0110', description: '监管方式, e.g. 0110 一般贸易' }) @Matches(/^\d{4}$/, bilingual({ en: 'tradeMode is a 4-digit 监管方式 code', 'zh-CN': 'tradeMode 须为 4 位监管方式代码' })) tradeMode: string;
  @ApiProperty({ example: '101', description: '征免性质, e.g. 101 一般征税' }) @Matches(/^\d{3}$/, bilingual({ en: 'exemptionNature is a 3-digit 征免性质 code', 'zh-CN': 'exemptionNature 须为 3 位征免性质代码' })) exemptionNature: string;
  @ApiPropertyOptional({ example: 'RCEP', enum: ['FORM_E', 'RCEP'], description: 'The certificate of origin to apply for, where both China–ASEAN (Form E) and RCEP cover the buyer' })
  @IsOptional()
  @IsIn(['FORM_E', 'RCEP'], bilingual({ en: 'preferenceScheme is FORM_E or RCEP', 'zh-CN': 'preferenceScheme 须为 FORM_E 或 RCEP' }))
  preferenceScheme?: 'FORM_E' | 'RCEP';
}

/** A shipment's master data as a client sends it. */
export class DossierDto {
  @ApiProperty({ example: 'YX-2026-0142', description: "The filer's own reference, unique within its organisation" }) @IsString() @Length(1, 64) reference: string;
  @ApiProperty({ type: PartiesDto }) @NestedObject(() => PartiesDto) parties: PartiesDto;
  @ApiProperty({ type: ContractDto }) @NestedObject(() => ContractDto) contract: ContractDto;
  @ApiProperty({ type: InvoiceDto }) @NestedObject(() => InvoiceDto) invoice: InvoiceDto;
  @ApiProperty({ type: PackingListDto }) @NestedObject(() => PackingListDto) packingList: PackingListDto;
  @ApiProperty({ type: TransportDto }) @NestedObject(() => TransportDto) transport: TransportDto;
  @ApiProperty({ type: CustomsHeaderDto }) @NestedObject(() => CustomsHeaderDto) customs: CustomsHeaderDto;
}

export class AdoptDossierDto {
  @ApiProperty({ example: 'CQ', description: 'The province node that shared the dossier' })
  @IsIn(CORRIDOR_PROVINCE_CODES)
  sourceNode: string;

  @ApiProperty({ example: '3f2c9a1e-6b0d-4d8e-9c57-0a1b2c3d4e5f', description: "The dossier's id at that node" })
  @IsUUID()
  dossierId: string;
}
