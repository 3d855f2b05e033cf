import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ConfigService } from '@nestjs/config';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '@landsea/config';
import { Role, Roles } from '@landsea/auth';
import { ApiErrors, CommonErrorCode, ErrorBody } from '@landsea/errors';
import { readUpload } from '@landsea/platform';
import { DeclarationsErrorCode, DeclarationsErrors } from '../declarations.errors.js';
import { ImportsService } from './imports.service.js';
import type { ImportedDocument, ImportResult } from './recognise.js';

class ImportQuery {
  @ApiProperty({ example: 'invoice', enum: ['invoice', 'packingList'] }) @IsIn(['invoice', 'packingList']) document: ImportedDocument;
}

class ImportedColumnDto {
  @ApiProperty({ example: '商品名称' }) header: string;
  @ApiProperty({ example: 'B1' }) cell: string;
  @ApiProperty({ example: 'productNameZh' }) field: string;
}

class UnrecognisedColumnDto {
  @ApiProperty({ example: '备注' }) header: string;
  @ApiProperty({ example: 'K1' }) cell: string;
}

class ImportedLineDto {
  @ApiProperty({ example: { productNameZh: '笔记本电脑', quantity: '400' }, additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] } })
  values: Record<string, string | number>;
  @ApiProperty({ example: { productNameZh: 'B2', quantity: 'G2' }, additionalProperties: { type: 'string' }, description: 'The cell each value came from' })
  sources: Record<string, string>;
}

class ImportProblemDto {
  @ApiProperty({ example: 'G5' }) cell: string;
  @ApiProperty({ example: 'quantity' }) field: string;
  @ApiProperty({ example: 'G5: "four" is not a number' }) message: string;
}

class ImportResultDto {
  @ApiProperty({ example: 'invoice', enum: ['invoice', 'packingList'] }) document: string;
  @ApiProperty({ example: 'Invoice', description: 'The sheet the lines were read from: of those whose headers are recognised, the one with the most columns' }) sheet: string;
  @ApiProperty({ example: 1, description: 'The row the headers were found in (1-based)' }) headerRow: number;
  @ApiProperty({ type: [ImportedColumnDto] }) columns: ImportedColumnDto[];
  @ApiProperty({ type: [UnrecognisedColumnDto] }) unrecognisedColumns: UnrecognisedColumnDto[];
  @ApiProperty({ type: [ImportedLineDto] }) lines: ImportedLineDto[];
  @ApiProperty({ type: [ImportProblemDto] }) problems: ImportProblemDto[];
}

/** Thin: takes the one uploaded file off the request and hands it to the ImportsService. */
@ApiTags('declarations · imports')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Controller('declarations/imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  @Post()
  @HttpCode(200)
  @Roles(Role.DECLARANT, Role.ORG_ADMIN)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiErrors({ 400: [DeclarationsErrorCode.UPLOAD_MISSING, DeclarationsErrorCode.NO_HEADERS_RECOGNISED, DeclarationsErrorCode.SPREADSHEET_UNSAFE, DeclarationsErrorCode.SPREADSHEET_UNREADABLE, CommonErrorCode.MULTIPART_MALFORMED, CommonErrorCode.UPLOAD_ONE_FILE], 413: [DeclarationsErrorCode.SPREADSHEET_TOO_LARGE, CommonErrorCode.PAYLOAD_TOO_LARGE], 415: [DeclarationsErrorCode.UNSUPPORTED_FILE_TYPE], 422: [DeclarationsErrorCode.SPREADSHEET_TIMEOUT], 503: [DeclarationsErrorCode.SPREADSHEET_READERS_BUSY] })
  @ApiOperation({ summary: 'Read an invoice or packing list from XLSX or CSV (UTF-8 or GB18030), with columns recognised from Chinese or English headers' })
  @ApiOkResponse({ type: ImportResultDto })
  async read(@Req() request: FastifyRequest, @Query() query: ImportQuery): Promise<ImportResult> {
    const file = await readUpload(request, { maxBytes: this.config.get('IMPORT_MAX_BYTES', { infer: true }), missing: DeclarationsErrors.uploadMissing });
    return this.imports.read(file, query.document);
  }
}
