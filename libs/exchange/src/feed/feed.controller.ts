import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { Public } from '@landsea/auth';
import { ApiErrors, ErrorBody } from '@landsea/errors';
import { FeedService } from './feed.service.js';
import { ExchangeErrorCode } from '../exchange.errors.js';

class FeedRequestDto {
  @ApiProperty({ example: 'eyJhbGciOiJFUzI1NiIsImtpZCI6ImNxLTIwMjYtMTAifQ.eyJzZXEiOjF9.MEUCIQ…', 
    description:
      'Compact JWS (ES256) signed by the asking node, typ landsea-exchange-feed-request+jws, claims requestId (uuid, new for every page), from, to, after (a cursor of this node or null), limit and sentAt',
  })
  @IsString()
  @MaxLength(64 * 1024)
  request: string;
}

class FeedPageDto {
  @ApiProperty({ example: 'eyJhbGciOiJFUzI1NiIsImtpZCI6ImNxLTIwMjYtMTAifQ.eyJzZXEiOjF9.MEUCIQ…', 
    description: 'Compact JWS signed by this node, typ landsea-exchange-feed-page+jws: requestId, from, to, after, records in order, and next (the cursor to ask after, null when none are left)',
  })
  page: string;
}

@ApiTags('exchange · feed')
@ApiDefaultResponse({ type: ErrorBody })
@Controller('exchange/feed')
export class FeedController {
  constructor(private readonly feed: FeedService) {}

  @Post()
  @Public()
  @HttpCode(200)
  @ApiErrors({ 401: [ExchangeErrorCode.ENVELOPE_SIGNATURE_INVALID, ExchangeErrorCode.ENVELOPE_KEY_UNKNOWN], 403: [ExchangeErrorCode.PARTNER_UNKNOWN], 409: [ExchangeErrorCode.FEED_REQUEST_REPLAYED] })
  @ApiOperation({ summary: 'Partner nodes pull what this node queued for them, page by page from a cursor; the signature, not a token, proves the asker' })
  @ApiOkResponse({ type: FeedPageDto })
  serve(@Body() dto: FeedRequestDto): Promise<FeedPageDto> {
    return this.feed.serve(dto.request);
  }
}
