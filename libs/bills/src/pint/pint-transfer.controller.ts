import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, IsUrl, Length } from 'class-validator';
import { CurrentPrincipal, type Principal, Role, Roles } from '@landsea/auth';
import { ApiErrors, ErrorBody, NestedObject } from '@landsea/errors';
import { BILL_ID_PARAM, BillDto, PartyIdDto } from '../bills/dto/bill.dto.js';
import { PintService } from './pint.service.js';
import { BillsErrorCode } from '../bills.errors.js';


export class PintTransferDto {
  @ApiProperty({ example: 'https://gx.landsea.example', description: 'The receiving platform: a registered partner node’s base URL' })
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  platformUrl: string;

  @ApiProperty({ type: PartyIdDto, description: 'The party on the receiving platform the bill goes to' })
  @NestedObject(() => PartyIdDto)
  recipient: PartyIdDto;

  @ApiProperty({ example: 'Siam Digital Trading Co., Ltd.', description: 'The recipient’s name, as PINT names every party' })
  @IsString()
  @Length(1, 70)
  recipientName: string;
}

@ApiTags('bills · pint')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Controller('bills')
export class PintTransferController {
  constructor(private readonly pint: PintService) {}

  @Post(':id/pint-transfer')
  @HttpCode(200)
  @Roles(Role.ORG_ADMIN, Role.DECLARANT, Role.BANK_OFFICER, Role.CARRIER_AGENT)
  @ApiErrors({ 404: [BillsErrorCode.BILL_NOT_FOUND], 403: [BillsErrorCode.NOT_THE_HOLDER], 409: [BillsErrorCode.BILL_STATE_CONFLICT, BillsErrorCode.BILL_PLEDGED, BillsErrorCode.PINT_TRANSFER_REFUSED], 422: [BillsErrorCode.PINT_PLATFORM_NOT_TRUSTED, BillsErrorCode.PARTY_NOT_REGISTERED, BillsErrorCode.NOT_EXPRESSIBLE_AS_DCSA], 502: [BillsErrorCode.PINT_NO_SIGNED_ANSWER] })
  @ApiOperation({
    summary: 'Send the bill you hold to a party on another eBL platform as a DCSA PINT 3.0.0 envelope; once it answers RECE the bill is TRANSFERRED_OUT here (the holder)',
  })
  @ApiOkResponse({ type: BillDto })
  @ApiParam(BILL_ID_PARAM)
  async transfer(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: PintTransferDto, @CurrentPrincipal() caller: Principal): Promise<BillDto> {
    return BillDto.from(await this.pint.send(caller, id, { platformUrl: dto.platformUrl, recipient: dto.recipient.toPartyId(), recipientName: dto.recipientName }));
  }
}
