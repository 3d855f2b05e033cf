import 'reflect-metadata';
import type { DynamicModule } from '@nestjs/common';
import type { MixedList } from 'typeorm';
import { type AppConfig, ConfigError, loadConfig } from '@landsea/config';
import { migrateDatabase, type Seeder } from '@landsea/database';
import { createLogger, type Logger } from '@landsea/observability';
import { createHttpApp } from '../http/http-app.factory.js';
import { ensureServices } from './ensure-services.js';

export interface NodeDefinition {
  /** What this process serves, for logs and the OpenAPI title: "node", "identity", … */
  readonly name: string;
  readonly module: (env: Record<string, string | undefined>) => DynamicModule;
  readonly migrations: MixedList<Function>;
  /** Each context's idempotent reference data, applied after the migrations. */
  readonly seeders: (config: AppConfig) => readonly Seeder[];
}

/** Reads config and stops with one sentence when it is wrong. */
export function configOrExit(env: Record<string, string | undefined> = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

/** Ensures the services, then migrates; returns the environment the node must run with. */
export async function prepareEnvironment(
  definition: Pick<NodeDefinition, 'migrations' | 'seeders'>,
  config: AppConfig,
  logger: Logger,
  migrate: boolean,
): Promise<Record<string, string | undefined>> {
  const env = { ...process.env, ...(await ensureServices(config, (line) => logger.info(line))) };
  if (migrate) {
    await migrateDatabase({
      url: env.DATABASE_URL,
      migrations: definition.migrations,
      seeders: definition.seeders(config),
      say: (line) => logger.info(line),
    });
  }
  return env;
}

/** The whole life of a node process: services, migrations, HTTP, and a graceful stop on SIGTERM. */
export async function runNode(definition: NodeDefinition): Promise<void> {
  const config = configOrExit();
  const logger = createLogger({ level: config.LOG_LEVEL, node: config.NODE_PROVINCE });
  try {
    const env = await prepareEnvironment(definition, config, logger, config.MIGRATE_ON_START);
    const app = await createHttpApp(definition.module(env), {
      title: `Landsea ${definition.name} (${config.NODE_PROVINCE})`,
      logger,
      config,
    });
    let stopping = false;
    const stop = (signal: string): void => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'Stopping: no new requests, draining workers, closing pools');
      setTimeout(() => {
        logger.error(`Did not stop within ${config.SHUTDOWN_TIMEOUT_MS} ms; exiting anyway`);
        process.exit(1);
      }, config.SHUTDOWN_TIMEOUT_MS).unref();
      app
        .close()
        .then(() => {
          logger.info('Stopped');
          logger.flush();
          process.exit(0);
        })
        .catch((error: unknown) => {
          logger.error({ err: error }, 'Stop failed');
          process.exit(1);
        });
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
    await app.listen({ port: config.PORT, host: config.HOST });
    const url = config.PUBLIC_BASE_URL ?? `http://${config.HOST}:${config.PORT}`;
    logger.info({ url }, `Landsea ${definition.name} for ${config.NODE_PROVINCE} is serving at ${url} (API docs at ${url}/docs)`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.fatal({ err: error }, `Landsea ${definition.name} could not start: ${message}`);
    logger.flush();
    process.exit(1);
  }
}
