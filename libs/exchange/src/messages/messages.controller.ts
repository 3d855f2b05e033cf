import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { CurrentPrincipal, ORGANISATION_DIRECTORY, type OrganisationDirectory, partyIdText, type Principal, Role, Roles } from '@landsea/auth';
import { CORRIDOR_PROVINCE_CODES } from '@landsea/config';
import { ApiErrors, ErrorBody, QueryLimit } from '@landsea/errors';
import { ExchangeErrorCode, ExchangeErrors } from '../exchange.errors.js';
import { EXCHANGE_KINDS } from '../exchange-records.js';
import { InboundRepository, type ReceivedRecord } from '../inbound/inbound.repository.js';
import { logEntryHash, MessageLogRepository, type StoredLogEntry } from './message-log.repository.js';

class MessagesQuery {
  @ApiPropertyOptional({ example: 'GX' }) @IsOptional() @IsIn(CORRIDOR_PROVINCE_CODES) partner?: string;
  @ApiPropertyOptional({ example: 'OUT', enum: ['IN', 'OUT'] }) @IsOptional() @IsIn(['IN', 'OUT']) direction?: 'IN' | 'OUT';
  @ApiPropertyOptional({ example: '1204', description: 'Entries after this id, for paging and export' }) @IsOptional() @IsString() @Matches(/^\d{1,18}$/) after?: string;
  @QueryLimit(5000)
  limit?: number;
}

class ChainQuery {
  @ApiPropertyOptional({ example: 'GX' }) @IsIn(CORRIDOR_PROVINCE_CODES) partner: string;
}

class RecordsQuery {
  @ApiPropertyOptional({ example: 'DOSSIER', enum: EXCHANGE_KINDS }) @IsOptional() @IsIn(EXCHANGE_KINDS) kind?: string;
  @QueryLimit(500)
  limit?: number;
}

class PartyParam {
  @ApiProperty({ example: 'USCC:91500000202815306C', description: 'USCC:<code> for a Chinese organisation, <country>:<national id> for others' })
  @IsString()
  @Length(3, 120)
  partyId: string;
}

@ApiTags('exchange · messages')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Controller('exchange')
export class MessagesController {
  constructor(
    private readonly log: MessageLogRepository,
    private readonly inbound: InboundRepository,
    @Inject(ORGANISATION_DIRECTORY) private readonly directory: OrganisationDirectory,
  ) {}

  @Get('messages')
  @Roles(Role.NODE_OPERATOR)
  @ApiOperation({ summary: 'The evidence log of every envelope sent and received, with signatures, hashes and outcomes (node operators)' })
  @ApiOkResponse({ schema: { type: 'array', items: { type: 'object' } } })
  messages(@Query() query: MessagesQuery): Promise<StoredLogEntry[]> {
    return this.log.list({ partnerNode: query.partner, direction: query.direction }, query.after ?? '0', query.limit ?? 100);
  }

  @Get('messages/verify')
  @Roles(Role.NODE_OPERATOR)
  @ApiOperation({ summary: "Recompute a partner's log hash chain: any deleted or altered entry is named (node operators)" })
  @ApiOkResponse({ schema: { type: 'object' } })
  async verify(@Query() query: ChainQuery): Promise<{ valid: boolean; entries: number; problems: Array<{ id: string; problem: string }> }> {
    const chain = await this.log.chain(query.partner);
    const problems: Array<{ id: string; problem: string }> = [];
    let previous: string | null = null;
    for (const entry of chain) {
      if (entry.previousHash !== previous) problems.push({ id: entry.id, problem: 'It does not link to the entry before it: an entry was removed or altered' });
      if (logEntryHash(entry, entry.previousHash) !== entry.entryHash) problems.push({ id: entry.id, problem: 'Its content does not match its hash' });
      previous = entry.entryHash;
    }
    return { valid: problems.length === 0, entries: chain.length, problems };
  }

  @Get('records')
  @ApiOperation({ summary: 'Records partner nodes shared that name your organisation (all of them for node operators)' })
  @ApiOkResponse({ schema: { type: 'array', items: { type: 'object' } } })
  async records(@Query() query: RecordsQuery, @CurrentPrincipal() caller: Principal): Promise<ReceivedRecord[]> {
    if (caller.roles.includes(Role.NODE_OPERATOR)) return this.inbound.list('all', query.kind, query.limit ?? 100);
    const organisation = caller.organisationId ? await this.directory.byId(caller.organisationId) : undefined;
    if (!organisation) return [];
    return this.inbound.list([partyIdText(organisation)], query.kind, query.limit ?? 100);
  }

  @Get('directory/:partyId')
  @ApiErrors({ 404: [ExchangeErrorCode.DIRECTORY_ENTRY_NOT_FOUND] })
  @ApiOperation({ summary: "An organisation approved at a partner node, as that node's directory lists it: names, id, country, roles and standing" })
  @ApiOkResponse({ schema: { type: 'object' } })
  async directoryEntry(@Param() params: PartyParam): Promise<ReceivedRecord> {
    const entry = await this.inbound.directoryEntry(params.partyId);
    if (!entry) throw ExchangeErrors.directoryEntryNotFound(params.partyId);
    return entry;
  }
}
