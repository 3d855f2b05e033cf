import 'reflect-metadata';
import { text } from 'node:stream/consumers';
import { underMigrationLock } from '@landsea/database';
import { resetOperatorPassword } from '@landsea/identity';
import { createLogger } from '@landsea/observability';
import { configOrExit, prepareEnvironment } from '@landsea/platform';
import { NODE_DEFINITION } from './node.definition.js';

// `npm run operator -- reset-password`: sets the node operator's password to NODE_OPERATOR_PASSWORD,
// or to the first line of standard input when that is not set (so it stays out of the shell's history).
const config = configOrExit();
const logger = createLogger({ level: config.LOG_LEVEL, node: config.NODE_PROVINCE });
if (process.argv[2] !== 'reset-password') {
  console.error("usage: NODE_OPERATOR_PASSWORD='…' npm run operator -- reset-password   (or give the password on standard input)");
  process.exit(2);
}
try {
  const password = config.NODE_OPERATOR_PASSWORD ?? (await text(process.stdin)).split(/\r?\n/)[0];
  if (!password) throw new Error('No password: set NODE_OPERATOR_PASSWORD or give it on standard input');
  const env = await prepareEnvironment(NODE_DEFINITION, config, logger, false);
  await underMigrationLock(env.DATABASE_URL ?? config.DATABASE_URL, (manager) => resetOperatorPassword(manager, config, password));
  logger.info(`The node operator ${config.NODE_OPERATOR_EMAIL} has a new password; its earlier sign-ins are ended`);
} catch (error) {
  // A refused password says why (its policy's reasons), not only that it was refused.
  const reasons = ((error as { details?: Array<{ message?: { en?: string } }> }).details ?? []).map((d) => d.message?.en).filter(Boolean);
  logger.fatal({ err: error }, `Could not reset the operator's password: ${error instanceof Error ? error.message : String(error)}${reasons.length ? `: ${reasons.join('; ')}` : ''}`);
  process.exitCode = 1;
}
