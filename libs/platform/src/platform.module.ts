import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '@landsea/audit';
import { AuthModule } from '@landsea/auth';
import { LandseaConfigModule } from '@landsea/config';
import { DatabaseModule } from '@landsea/database';
import { ObservabilityModule } from '@landsea/observability';
import { OutboxModule } from '@landsea/outbox';
import { QueueModule } from '@landsea/queue';
import { HealthController } from './health/health.controller.js';
import { HealthService } from './health/health.service.js';
import { DeadLetterController } from './ops/dead-letter.controller.js';

/**
 * Everything a node needs before any context: validated config, logs and metrics, PostgreSQL,
 * Redis queues, the outbox relay, the audit trail, and the operator-facing routes (health, metrics, dead letters).
 */
@Module({})
export class PlatformModule {
  static forRoot(env?: Record<string, string | undefined>): DynamicModule {
    return {
      module: PlatformModule,
      imports: [LandseaConfigModule.forRoot(env), ObservabilityModule, DatabaseModule, QueueModule, OutboxModule, AuthModule, AuditModule],
      controllers: [HealthController, DeadLetterController],
      providers: [HealthService],
    };
  }
}
