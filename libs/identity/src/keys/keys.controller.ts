import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Role, Roles } from '@landsea/auth';
import { ErrorBody } from '@landsea/errors';
import { SigningKeysService } from './signing-keys.service.js';

class RotationDto {
  @ApiProperty({ example: 'cq-2026-12' }) kid: string;
  @ApiProperty({ example: 'cq-2026-10', nullable: true, type: String }) retiredKid: string | null;
}

@ApiTags('identity · keys')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Roles(Role.NODE_OPERATOR)
@Controller('identity/keys')
export class KeysController {
  constructor(private readonly keys: SigningKeysService) {}

  @Post('rotate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start signing with a new key; the old one stays published until its tokens expire (node operators)' })
  @ApiOkResponse({ type: RotationDto })
  rotate(@CurrentPrincipal() operator: Principal): Promise<RotationDto> {
    return this.keys.rotate(operator);
  }
}
