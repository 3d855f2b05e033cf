import { Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiParam, type ApiParamOptions, ApiTags } from '@nestjs/swagger';
import { ConfigService } from '@nestjs/config';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '@landsea/config';
import { CurrentPrincipal, type Principal, Role, Roles } from '@landsea/auth';
import { ApiErrors, CommonErrorCode, ErrorBody } from '@landsea/errors';
import { readUpload } from '@landsea/platform';
import { BillsErrorCode, BillsErrors } from '../bills.errors.js';
import type { BillAttachmentEntity } from '../bills/bill.entity.js';
import { AttachmentDto, BILL_ID_PARAM } from '../bills/dto/bill.dto.js';
import { AttachmentsService } from './attachments.service.js';

const ATTACHMENT_ID_PARAM: ApiParamOptions = { name: 'attachmentId', example: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924', description: 'The attachment' };

@ApiTags('bills · attachments')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Controller('bills/:id/attachments')
export class AttachmentsController {
  constructor(
    private readonly attachments: AttachmentsService,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  @Post()
  @Roles(Role.ORG_ADMIN, Role.DECLARANT, Role.BANK_OFFICER, Role.CARRIER_AGENT)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiErrors({ 400: [BillsErrorCode.ATTACHMENT_MISSING, CommonErrorCode.MULTIPART_MALFORMED, CommonErrorCode.UPLOAD_ONE_FILE], 403: [BillsErrorCode.NOT_THE_HOLDER], 404: [BillsErrorCode.BILL_NOT_FOUND], 413: [BillsErrorCode.ATTACHMENT_TOO_LARGE], 422: [BillsErrorCode.PARTY_NOT_REGISTERED] })
  @ApiOperation({ summary: 'Attach a supporting document (PDF, PNG or JPEG, up to ATTACHMENT_MAX_BYTES) to a bill, kept with its SHA-256 (the carrier or the holder)' })
  @ApiCreatedResponse({ type: AttachmentDto })
  @ApiParam(BILL_ID_PARAM)
  async attach(@Param('id', new ParseUUIDPipe()) id: string, @Req() request: FastifyRequest, @CurrentPrincipal() caller: Principal): Promise<AttachmentDto> {
    const file = await readUpload(request, { maxBytes: this.config.get('ATTACHMENT_MAX_BYTES', { infer: true }), missing: BillsErrors.attachmentMissing, tooLarge: BillsErrors.attachmentTooLarge });
    return view(await this.attachments.attach(caller, id, { filename: file.filename, data: file.data }));
  }

  @Get()
  @ApiErrors({ 404: [BillsErrorCode.BILL_NOT_FOUND], 422: [BillsErrorCode.PARTY_NOT_REGISTERED] })
  @ApiOperation({ summary: "A bill's attachments and their checksums" })
  @ApiOkResponse({ type: [AttachmentDto] })
  @ApiParam(BILL_ID_PARAM)
  async list(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<AttachmentDto[]> {
    return (await this.attachments.list(caller, id)).map(view);
  }

  @Get(':attachmentId')
  @ApiErrors({ 404: [BillsErrorCode.BILL_NOT_FOUND, BillsErrorCode.ATTACHMENT_NOT_FOUND], 422: [BillsErrorCode.PARTY_NOT_REGISTERED] })
  @ApiOperation({ summary: "An attachment's content, with its checksum in the Digest header" })
  @ApiParam(BILL_ID_PARAM)
  @ApiParam(ATTACHMENT_ID_PARAM)
  async content(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('attachmentId', new ParseUUIDPipe()) attachmentId: string,
    @CurrentPrincipal() caller: Principal,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const attachment = await this.attachments.content(caller, id, attachmentId);
    await reply
      .header('content-type', attachment.mediaType)
      .header('repr-digest', `sha-256=:${Buffer.from(attachment.sha256, 'hex').toString('base64')}:`)
      .send(attachment.content);
  }
}

function view(attachment: BillAttachmentEntity): AttachmentDto {
  return {
    id: attachment.id,
    name: attachment.name,
    mediaType: attachment.mediaType,
    sizeBytes: attachment.sizeBytes,
    sha256: attachment.sha256,
    createdAt: new Date(attachment.createdAt).toISOString(),
  };
}
