import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@landsea/auth';
import { ErrorBody } from '@landsea/errors';
import { PartnerStatusDto } from './dto/partner-status.dto.js';
import { PartnersService } from './partners.service.js';

@ApiTags('exchange · partners')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Controller('exchange/partners')
export class PartnerStatesController {
  constructor(private readonly partners: PartnersService) {}

  @Get()
  @Roles(Role.NODE_OPERATOR)
  @ApiOperation({ summary: 'Each partner node this node sends to: UP, DOWN or PROBING, since when, the last error, records owed and the next probe (node operators)' })
  @ApiOkResponse({ type: [PartnerStatusDto] })
  list(): Promise<PartnerStatusDto[]> {
    return this.partners.list();
  }
}
