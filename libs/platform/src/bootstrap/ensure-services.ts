import type { AppConfig } from '@landsea/config';
import { ensurePostgres } from '@landsea/database';
import { ensureRedis } from '@landsea/queue';

/**
 * Makes sure PostgreSQL and Redis answer, starting private ones under DATA_DIR where nothing
 * does. Returns the URLs to use, which differ from the configured ones only when it started them.
 */
export async function ensureServices(
  config: AppConfig,
  say: (line: string) => void,
): Promise<{ DATABASE_URL: string; REDIS_URL: string }> {
  const options = { autostart: config.SERVICES_AUTOSTART, dataDir: config.DATA_DIR, say };
  const [DATABASE_URL, REDIS_URL] = await Promise.all([
    ensurePostgres(config.DATABASE_URL, options),
    ensureRedis(config.REDIS_URL, options),
  ]);
  return { DATABASE_URL, REDIS_URL };
}
