import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditErrorCode, AuditEventDto, AuditService } from '@landsea/audit';
import { CurrentPrincipal, type Principal, Role, Roles } from '@landsea/auth';
import { ApiErrors, ErrorBody } from '@landsea/errors';
import { IdentityAuditQuery } from './dto/identity-audit.dto.js';

/** Identity's share of the node's audit trail, as this route always served it; GET /audit serves all of it. */
@ApiTags('identity · audit')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Roles(Role.NODE_OPERATOR)
@Controller('identity/audit')
export class IdentityAuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiErrors({ 403: [AuditErrorCode.AUDIT_LOCAL_ONLY, AuditErrorCode.AUDIT_NOT_YOURS] })
  @ApiOperation({ summary: 'The identity audit trail, newest first (node operators)' })
  @ApiOkResponse({ type: [AuditEventDto] })
  async find(@CurrentPrincipal() operator: Principal, @Query() query: IdentityAuditQuery): Promise<AuditEventDto[]> {
    const page = await this.audit.page(operator, { ...query, actionPrefix: 'identity.', limit: query.limit ?? 100 });
    return page.items.map((event) => AuditEventDto.from(event));
  }
}
