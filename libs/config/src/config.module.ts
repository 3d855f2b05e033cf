import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { type AppConfig, loadConfig } from './app-config.js';

/** Typed access to the validated settings: `config.get('PORT', { infer: true })`. */
export type LandseaConfigService = ConfigService<AppConfig, true>;

@Module({})
export class LandseaConfigModule {
  /** Validates `env` (the process environment by default) once and exposes it through ConfigService. */
  static forRoot(env?: Record<string, string | undefined>): DynamicModule {
    const config = env ? loadConfig(env) : loadConfig();
    return {
      module: LandseaConfigModule,
      global: true,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          skipProcessEnv: true,
          load: [() => ({ ...config })],
        }),
      ],
      exports: [ConfigModule],
    };
  }
}
