import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiParam, type ApiParamOptions, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Role, Roles } from '@landsea/auth';
import { ApiErrors, ErrorBody } from '@landsea/errors';
import { DeadLetterService, QueueErrorCode } from '@landsea/queue';
import { DeadLetterDto, ListDeadLettersQuery, ReplayResultDto } from './dto/dead-letter.dto.js';

const DEAD_LETTER_ID_PARAM: ApiParamOptions = { name: 'id', example: '7d3e1f0a-2b4c-4d6e-8f9a-0b1c2d3e4f5a', description: 'The dead letter' };

@ApiTags('ops · dead letters')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Roles(Role.NODE_OPERATOR)
@Controller('ops/dead-letters')
export class DeadLetterController {
  constructor(private readonly deadLetters: DeadLetterService) {}

  @Get()
  @ApiOperation({ summary: 'Jobs that failed their last attempt, newest first' })
  @ApiOkResponse({ type: [DeadLetterDto] })
  async list(@Query() query: ListDeadLettersQuery): Promise<DeadLetterDto[]> {
    const letters = await this.deadLetters.list({ queue: query.queue, pending: query.pending, limit: query.limit ?? 100 });
    return letters.map((letter) => DeadLetterDto.from(letter));
  }

  @Post(':id/replay')
  @HttpCode(202)
  @ApiErrors({ 404: [QueueErrorCode.DEAD_LETTER_NOT_FOUND], 409: [QueueErrorCode.DEAD_LETTER_QUEUE_UNKNOWN] })
  @ApiOperation({ summary: 'Put a dead-lettered job back on its queue' })
  @ApiAcceptedResponse({ type: ReplayResultDto })
  @ApiParam(DEAD_LETTER_ID_PARAM)
  async replay(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() operator: Principal): Promise<ReplayResultDto> {
    const { letter, jobId } = await this.deadLetters.replay(operator, id);
    return { deadLetter: DeadLetterDto.from(letter), jobId };
  }
}
