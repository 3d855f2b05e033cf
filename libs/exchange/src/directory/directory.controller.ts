import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role, Roles } from '@landsea/auth';
import { ErrorBody } from '@landsea/errors';
import { DirectoryRepository, type ReceivedConflict, type SentConflict } from './directory.repository.js';

const CONFLICTS_LISTED = 500;

@ApiTags('exchange · directory')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Controller('exchange/directory')
export class DirectoryController {
  constructor(private readonly directory: DirectoryRepository) {}

  @Get('conflicts')
  @Roles(Role.NODE_OPERATOR)
  @ApiOperation({
    summary:
      'Organisations two nodes both claim as their own: entries partners sent that this node refused (received), and entries of this node partners refused (sent). Operators settle them; nothing is merged (node operators)',
  })
  @ApiOkResponse({ schema: { type: 'object' } })
  async conflicts(): Promise<{ received: ReceivedConflict[]; sent: SentConflict[] }> {
    const [received, sent] = await Promise.all([this.directory.received(CONFLICTS_LISTED), this.directory.sent(CONFLICTS_LISTED)]);
    return { received, sent };
  }
}
