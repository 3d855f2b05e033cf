import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiDefaultResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, type ApiParamOptions, ApiTags } from '@nestjs/swagger';
import { AllowUnapproved, CurrentPrincipal, type Principal, Public, Role, Roles } from '@landsea/auth';
import { ApiErrors, ErrorBody } from '@landsea/errors';
import { AcceptInvitationDto, ChangeRolesDto, InvitationDto, InvitePersonDto, PersonDto, SessionDto } from './dto/person.dto.js';
import { PeopleService } from './people.service.js';
import { IdentityErrorCode } from '../identity.errors.js';

const PERSON_ID_PARAM: ApiParamOptions = { name: 'id', example: '6e2a9d47-1c3b-4f85-a0d2-7b9e4c1f5a38', description: 'The person' };

@ApiTags('identity · people')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Controller('identity')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get('me')
  @ApiErrors({ 404: [IdentityErrorCode.PERSON_NOT_FOUND] })
  @ApiOperation({ summary: 'The signed-in person' })
  @ApiOkResponse({ type: PersonDto })
  async me(@CurrentPrincipal() caller: Principal): Promise<PersonDto> {
    return PersonDto.from(await this.people.me(caller));
  }

  @Get('session')
  @ApiOperation({ summary: 'Who this node takes the caller to be: its own or a partner node\'s token, and what it may do here' })
  @ApiOkResponse({ type: SessionDto })
  session(@CurrentPrincipal() caller: Principal): SessionDto {
    return { ...caller, roles: [...caller.roles] };
  }

  @Get('people')
  @Roles(Role.ORG_ADMIN)
  @ApiOperation({ summary: "The people of the caller's organisation (org admins)" })
  @ApiOkResponse({ type: [PersonDto] })
  async list(@CurrentPrincipal() admin: Principal): Promise<PersonDto[]> {
    return (await this.people.list(admin)).map((p) => PersonDto.from(p));
  }

  @Post('people')
  @Roles(Role.ORG_ADMIN)
  @AllowUnapproved()
  @ApiErrors({ 400: [IdentityErrorCode.UNKNOWN_ROLE, IdentityErrorCode.ROLE_NOT_ALLOWED], 409: [IdentityErrorCode.EMAIL_ALREADY_REGISTERED] })
  @ApiOperation({ summary: 'Invite a person with roles; they set their password with the invitation token' })
  @ApiCreatedResponse({ type: InvitationDto })
  async invite(@Body() dto: InvitePersonDto, @CurrentPrincipal() admin: Principal): Promise<InvitationDto> {
    const { person, token, expiresAt } = await this.people.invite(admin, dto.email, dto.displayName, dto.roles);
    return { person: PersonDto.from(person), invitationToken: token, expiresAt: expiresAt.toISOString() };
  }

  @Post('invitations/accept')
  @Public()
  @HttpCode(204)
  @ApiErrors({ 400: [IdentityErrorCode.INVITATION_INVALID, IdentityErrorCode.WEAK_PASSWORD] })
  @ApiOperation({ summary: 'Set a password with an invitation token; the account becomes active' })
  @ApiNoContentResponse()
  async accept(@Body() dto: AcceptInvitationDto): Promise<void> {
    await this.people.acceptInvitation(dto.invitationToken, dto.password);
  }

  @Patch('people/:id/roles')
  @Roles(Role.ORG_ADMIN)
  @AllowUnapproved()
  @ApiErrors({ 400: [IdentityErrorCode.UNKNOWN_ROLE, IdentityErrorCode.ROLE_NOT_ALLOWED], 404: [IdentityErrorCode.PERSON_NOT_FOUND], 409: [IdentityErrorCode.CANNOT_CHANGE_OWN_ACCOUNT] })
  @ApiOperation({ summary: "Change a person's roles (org admins)" })
  @ApiOkResponse({ type: PersonDto })
  @ApiParam(PERSON_ID_PARAM)
  async changeRoles(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ChangeRolesDto,
    @CurrentPrincipal() admin: Principal,
  ): Promise<PersonDto> {
    return PersonDto.from(await this.people.changeRoles(admin, id, dto.roles));
  }

  @Post('people/:id/disable')
  @HttpCode(200)
  @Roles(Role.ORG_ADMIN)
  @AllowUnapproved()
  @ApiErrors({ 404: [IdentityErrorCode.PERSON_NOT_FOUND], 409: [IdentityErrorCode.CANNOT_CHANGE_OWN_ACCOUNT] })
  @ApiOperation({ summary: 'Disable a person: they can no longer sign in or refresh (org admins)' })
  @ApiOkResponse({ type: PersonDto })
  @ApiParam(PERSON_ID_PARAM)
  async disable(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() admin: Principal): Promise<PersonDto> {
    return PersonDto.from(await this.people.disable(admin, id));
  }
}
