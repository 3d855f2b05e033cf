import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@landsea/auth';
import { ErrorBody } from '@landsea/errors';
import { AuditService } from './audit.service.js';
import { AuditEventDto, AuditQuery } from './dto/audit.dto.js';

@ApiTags('identity')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Roles(Role.NODE_OPERATOR)
@Controller('identity/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: "The identity audit trail, newest first (node operators)" })
  @ApiOkResponse({ type: [AuditEventDto] })
  async find(@Query() query: AuditQuery): Promise<AuditEventDto[]> {
    const events = await this.audit.find({ ...query, limit: query.limit ?? 100 });
    return events.map((event) => AuditEventDto.from(event));
  }
}
