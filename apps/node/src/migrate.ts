import 'reflect-metadata';
import { revertLastMigration } from '@landsea/database';
import { createLogger } from '@landsea/observability';
import { configOrExit, prepareEnvironment } from '@landsea/platform';
import { NODE_DEFINITION } from './node.definition.js';

// `npm run migrate` applies every pending migration and the seed data;
// `npm run migrate -- revert` undoes the most recent migration.
const config = configOrExit();
const logger = createLogger({ level: config.LOG_LEVEL, node: config.NODE_PROVINCE });
const revert = process.argv[2] === 'revert';
try {
  const env = await prepareEnvironment(NODE_DEFINITION, config, logger, !revert);
  if (revert) {
    await revertLastMigration({ url: env.DATABASE_URL ?? config.DATABASE_URL, migrations: NODE_DEFINITION.migrations, say: (l) => logger.info(l) });
    logger.info('Reverted the most recent migration');
  } else {
    logger.info('Database is migrated and seeded');
  }
} catch (error) {
  logger.fatal({ err: error }, `Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
