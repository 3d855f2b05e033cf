import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Role, Roles } from '@landsea/auth';
import { ApiErrors, ErrorBody } from '@landsea/errors';
import { PartnerParam } from '../sharing/dto/sharing.dto.js';
import { RECOVERY_DEFAULT_LIMIT, RecoverDto, RecoveryResultDto } from './dto/recovery.dto.js';
import { RecoveryService } from './recovery.service.js';
import { ExchangeErrorCode } from '../exchange.errors.js';

@ApiTags('exchange · partners')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Controller('exchange/partners')
export class RecoveryController {
  constructor(private readonly recovery: RecoveryService) {}

  @Post(':partner/recover')
  @HttpCode(200)
  @Roles(Role.NODE_OPERATOR)
  @ApiErrors({ 403: [ExchangeErrorCode.PARTNER_UNKNOWN], 409: [ExchangeErrorCode.RECOVERY_IN_PROGRESS], 502: [ExchangeErrorCode.FEED_UNREACHABLE, ExchangeErrorCode.FEED_PAGE_INVALID] })
  @ApiOperation({ summary: "Pull back what a partner node queued for this one, from where the last recovery stopped, after an outage or a restore (node operators)" })
  @ApiOkResponse({ type: RecoveryResultDto })
  recover(@Param() params: PartnerParam, @Body() dto: RecoverDto, @CurrentPrincipal() operator: Principal): Promise<RecoveryResultDto> {
    return this.recovery.recover(operator, params.partner, dto.limit ?? RECOVERY_DEFAULT_LIMIT, dto.fromStart ?? false);
  }
}
