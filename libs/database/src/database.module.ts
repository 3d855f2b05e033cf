import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '@landsea/config';
import { postgresOptions } from './data-source-options.js';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => ({
        ...postgresOptions({
          url: config.get('DATABASE_URL', { infer: true }),
          poolSize: config.get('DATABASE_POOL_SIZE', { infer: true }),
          applicationName: `landsea-${config.get('NODE_PROVINCE', { infer: true }).toLowerCase()}`,
        }),
        autoLoadEntities: true,
        // Start-up must fail fast and clearly, not retry silently for half a minute.
        retryAttempts: 0,
      }),
    }),
  ],
})
export class DatabaseModule {}
