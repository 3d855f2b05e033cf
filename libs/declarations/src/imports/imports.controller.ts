import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ConfigService } from '@nestjs/config';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '@landsea/config';
import { Role, Roles } from '@landsea/auth';
import { ErrorBody } from '@landsea/errors';
import { readUpload } from '@landsea/platform';
import { DeclarationsErrors } from '../declarations.errors.js';
import { ImportsService } from './imports.service.js';
import type { ImportedDocument, ImportResult } from './recognise.js';

class ImportQuery {
  @ApiProperty({ enum: ['invoice', 'packingList'] }) @IsIn(['invoice', 'packingList']) document: ImportedDocument;
}

class ImportResultDto {
  @ApiProperty({ enum: ['invoice', 'packingList'] }) document: string;
  @ApiProperty({ example: 'Invoice', description: 'The sheet the lines were read from: of those whose headers are recognised, the one with the most columns' }) sheet: string;
  @ApiProperty() headerRow: number;
  @ApiProperty({ example: [{ header: '商品名称', cell: 'B1', field: 'productNameZh' }] }) columns: object[];
  @ApiProperty({ example: [{ header: '备注', cell: 'K1' }] }) unrecognisedColumns: object[];
  @ApiProperty({ example: [{ values: { productNameZh: '笔记本电脑', quantity: '400' }, sources: { productNameZh: 'B2', quantity: 'G2' } }] }) lines: object[];
  @ApiProperty({ example: [{ cell: 'G5', field: 'quantity', message: 'G5: "four" is not a number' }] }) problems: object[];
}

/** Thin: takes the one uploaded file off the request and hands it to the ImportsService. */
@ApiTags('declarations')
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
  @ApiOperation({ summary: 'Read an invoice or packing list from XLSX or CSV (UTF-8 or GB18030), with columns recognised from Chinese or English headers' })
  @ApiOkResponse({ type: ImportResultDto })
  async read(@Req() request: FastifyRequest, @Query() query: ImportQuery): Promise<ImportResult> {
    const file = await readUpload(request, { maxBytes: this.config.get('IMPORT_MAX_BYTES', { infer: true }), missing: DeclarationsErrors.uploadMissing });
    return this.imports.read(file, query.document);
  }
}
