import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Role, Roles } from '@landsea/auth';
import { ApiErrors, ErrorBody } from '@landsea/errors';
import { AuditService } from './audit.service.js';
import { AuditPageDto, AuditQuery } from './dto/audit.dto.js';
import { AuditErrorCode } from './audit.errors.js';

@ApiTags('audit')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Roles(Role.NODE_OPERATOR, Role.ORG_ADMIN)
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiErrors({ 403: [AuditErrorCode.AUDIT_LOCAL_ONLY, AuditErrorCode.AUDIT_NOT_YOURS] })
  @ApiOperation({ summary: "The audit trail, newest first: all of it for node operators, their own organisation's for its administrators" })
  @ApiOkResponse({ type: AuditPageDto })
  async find(@CurrentPrincipal() reader: Principal, @Query() query: AuditQuery): Promise<AuditPageDto> {
    const { context, actor, ...filter } = query;
    const page = await this.audit.page(reader, { ...filter, actionPrefix: context && `${context}.`, actorSubject: actor, limit: query.limit ?? 100 });
    return AuditPageDto.from(page);
  }
}
