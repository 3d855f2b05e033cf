import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AllowUnapproved, CurrentPrincipal, type Principal, Role, Roles } from '@landsea/auth';
import { ApiErrors, ErrorBody } from '@landsea/errors';
import { ClientsService } from './clients.service.js';
import { ClientDto, RegisterClientDto } from './dto/client.dto.js';
import { IdentityErrorCode } from '../identity.errors.js';

@ApiTags('identity · clients')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Roles(Role.ORG_ADMIN)
@Controller('identity/clients')
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Post()
  @AllowUnapproved()
  @ApiErrors({ 400: [IdentityErrorCode.UNKNOWN_ROLE, IdentityErrorCode.ROLE_NOT_ALLOWED, IdentityErrorCode.CLIENT_KEY_INVALID] })
  @ApiOperation({ summary: 'Register a system of your organisation by its public key (org admins)' })
  @ApiCreatedResponse({ type: ClientDto })
  async register(@Body() dto: RegisterClientDto, @CurrentPrincipal() admin: Principal): Promise<ClientDto> {
    const { client, thumbprint } = await this.clients.register(admin, dto.name, dto.publicJwk, dto.roles);
    return ClientDto.from(client, thumbprint);
  }

  @Get()
  @ApiOperation({ summary: "Your organisation's systems (org admins)" })
  @ApiOkResponse({ type: [ClientDto] })
  async list(@CurrentPrincipal() admin: Principal): Promise<ClientDto[]> {
    return (await this.clients.list(admin)).map(({ client, thumbprint }) => ClientDto.from(client, thumbprint));
  }
}
