import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@landsea/auth';
import { ErrorBody } from '@landsea/errors';
import { MetricsService } from '@landsea/observability';
import { type DependencyStatus, HealthService } from './health.service.js';

class LiveResponse {
  @ApiProperty({ example: 'ok' })
  status: 'ok';
}

class DependencyStatusDto {
  @ApiProperty({ example: 'postgres', enum: ['postgres', 'redis'] })
  dependency: string;
  @ApiProperty({ example: 'up', enum: ['up', 'down'] })
  status: string;
  @ApiProperty({ example: 2 })
  ms: number;
}

class ReadyResponse {
  @ApiProperty({ example: 'ready' })
  status: 'ready';
  @ApiProperty({ type: [DependencyStatusDto] })
  checks: DependencyStatus[];
}

@ApiTags('ops · health')
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthService,
    private readonly metrics: MetricsService,
  ) {}

  @Get('health/live')
  @ApiOperation({ summary: 'The process is up and serving HTTP' })
  @ApiOkResponse({ type: LiveResponse })
  live(): LiveResponse {
    return { status: 'ok' };
  }

  @Get('health/ready')
  @ApiOperation({ summary: 'PostgreSQL and Redis both answer; 503 names the one that does not' })
  @ApiOkResponse({ type: ReadyResponse })
  @ApiServiceUnavailableResponse({ type: ErrorBody })
  async ready(): Promise<ReadyResponse> {
    return { status: 'ready', checks: await this.health.readiness() };
  }

  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOperation({ summary: 'Prometheus metrics: HTTP latency by route and status, queue depths, outbox lag' })
  @ApiOkResponse({ schema: { type: 'string' } })
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
