import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiParam, type ApiParamOptions, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Public, Role, Roles } from '@landsea/auth';
import { ApiErrors, ErrorBody } from '@landsea/errors';
import { PersonDto } from '../people/dto/person.dto.js';
import { ListOrganisationsQuery, OrganisationDto, RegisterOrganisationDto, ReviewOrganisationDto, SuspendOrganisationDto } from './dto/organisation.dto.js';
import { OrganisationsService } from './organisations.service.js';
import { IdentityErrorCode } from '../identity.errors.js';

const ORGANISATION_ID_PARAM: ApiParamOptions = { name: 'id', example: '0b6f3c1e-8a52-4c7d-9e21-5d4f7a9b3c10', description: 'The organisation' };

class RegistrationDto {
  @ApiProperty({ type: OrganisationDto }) organisation: OrganisationDto;
  @ApiProperty({ type: PersonDto }) admin: PersonDto;
}

@ApiTags('identity · organisations')
@ApiDefaultResponse({ type: ErrorBody })
@Controller('identity/organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post()
  @Public()
  @ApiErrors({ 400: [IdentityErrorCode.ORGANISATION_ID_REQUIRED, IdentityErrorCode.USCC_INVALID, IdentityErrorCode.CUSTOMS_OFFICE_MISMATCH, IdentityErrorCode.KIND_NOT_REGISTERABLE, IdentityErrorCode.WEAK_PASSWORD], 409: [IdentityErrorCode.ORGANISATION_HOMED_ELSEWHERE, IdentityErrorCode.ORGANISATION_ALREADY_REGISTERED, IdentityErrorCode.EMAIL_ALREADY_REGISTERED] })
  @ApiOperation({ summary: 'Register an organisation and its first administrator; a node operator reviews it' })
  @ApiCreatedResponse({ type: RegistrationDto })
  async register(@Body() dto: RegisterOrganisationDto): Promise<RegistrationDto> {
    const { organisation, admin } = await this.organisations.register(dto);
    return { organisation: OrganisationDto.from(organisation), admin: PersonDto.from(admin) };
  }

  @Get()
  @ApiBearerAuth()
  @Roles(Role.NODE_OPERATOR)
  @ApiOperation({ summary: 'Organisations on this node, e.g. those waiting for review (node operators)' })
  @ApiOkResponse({ type: [OrganisationDto] })
  async list(@Query() query: ListOrganisationsQuery): Promise<OrganisationDto[]> {
    return (await this.organisations.list(query.status)).map((o) => OrganisationDto.from(o));
  }

  @Get(':id')
  @ApiBearerAuth()
  @ApiErrors({ 404: [IdentityErrorCode.ORGANISATION_NOT_FOUND] })
  @ApiOperation({ summary: "An organisation: one's own, or any for a node operator" })
  @ApiOkResponse({ type: OrganisationDto })
  @ApiParam(ORGANISATION_ID_PARAM)
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<OrganisationDto> {
    return OrganisationDto.from(await this.organisations.get(id, caller));
  }

  @Post(':id/review')
  @HttpCode(200)
  @ApiBearerAuth()
  @Roles(Role.NODE_OPERATOR)
  @ApiErrors({ 400: [IdentityErrorCode.REVIEW_REASON_REQUIRED], 404: [IdentityErrorCode.ORGANISATION_NOT_FOUND], 409: [IdentityErrorCode.ORGANISATION_ALREADY_REVIEWED] })
  @ApiOperation({ summary: 'Approve or reject a registration, with a reason when rejecting (node operators)' })
  @ApiOkResponse({ type: OrganisationDto })
  @ApiParam(ORGANISATION_ID_PARAM)
  async review(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ReviewOrganisationDto,
    @CurrentPrincipal() reviewer: Principal,
  ): Promise<OrganisationDto> {
    return OrganisationDto.from(await this.organisations.review(id, dto, reviewer));
  }

  @Post(':id/suspend')
  @HttpCode(200)
  @ApiBearerAuth()
  @Roles(Role.NODE_OPERATOR)
  @ApiErrors({ 404: [IdentityErrorCode.ORGANISATION_NOT_FOUND], 409: [IdentityErrorCode.ORGANISATION_NOT_APPROVED] })
  @ApiOperation({ summary: 'Suspend an approved organisation, with a reason; partners holding its directory entry are told (node operators)' })
  @ApiOkResponse({ type: OrganisationDto })
  @ApiParam(ORGANISATION_ID_PARAM)
  async suspend(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: SuspendOrganisationDto, @CurrentPrincipal() operator: Principal): Promise<OrganisationDto> {
    return OrganisationDto.from(await this.organisations.suspend(id, dto.reason, operator));
  }
}
