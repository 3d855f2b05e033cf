import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JSONWebKeySet } from 'jose';
import { CurrentPrincipal, type Principal, Role, Roles } from '@landsea/auth';
import { ApiErrors, ErrorBody, validationFailed } from '@landsea/errors';
import { AuditService } from '@landsea/audit';
import { AuditAction } from '../identity.audit.js';
import { IdentityErrorCode, IdentityErrors } from '../identity.errors.js';
import { PartnerDto, RegisterPartnerDto } from './dto/partner.dto.js';
import { PartnerNodeRepository } from './partner-node.repository.js';

@ApiTags('identity · partners')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Roles(Role.NODE_OPERATOR)
@Controller('identity/partners')
export class PartnersController {
  constructor(
    private readonly partners: PartnerNodeRepository,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The partner nodes whose tokens this node accepts (node operators)' })
  @ApiOkResponse({ type: [PartnerDto] })
  async list(): Promise<PartnerDto[]> {
    return (await this.partners.list()).map((p) => PartnerDto.from(p));
  }

  @Post()
  @ApiErrors({ 409: [IdentityErrorCode.PARTNER_IS_THIS_NODE] })
  @ApiOperation({ summary: "Trust a partner node's tokens, by JWKS URL or pinned keys (node operators)" })
  @ApiCreatedResponse({ type: PartnerDto })
  async register(@Body() dto: RegisterPartnerDto, @CurrentPrincipal() operator: Principal): Promise<PartnerDto> {
    if (!dto.jwksUrl === !dto.jwks) {
      throw validationFailed([{ field: 'jwksUrl', message: 'Give exactly one of jwksUrl and jwks' }]);
    }
    const partner = { provinceCode: dto.provinceCode, baseUrl: dto.baseUrl.replace(/\/$/, ''), jwksUrl: dto.jwksUrl ?? null, pinnedJwks: (dto.jwks as JSONWebKeySet | undefined) ?? null };
    if (!(await this.partners.upsert(partner))) {
      throw IdentityErrors.partnerIsSelf(dto.provinceCode);
    }
    await this.audit.record({ action: AuditAction.PARTNER_REGISTERED, actor: operator, target: { type: 'node', id: dto.provinceCode }, details: { baseUrl: partner.baseUrl } });
    return PartnerDto.from(partner);
  }
}
