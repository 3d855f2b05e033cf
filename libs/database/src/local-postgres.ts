import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { postgresAnswers, withPort } from './postgres-url.js';

/** Port of the node's private PostgreSQL, chosen away from the standard one it stands in for. */
export const PRIVATE_POSTGRES_PORT = 54329;

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export class ServiceUnavailableError extends Error {
  override readonly name = 'ServiceUnavailableError';
}

function findPostgresBinaries(): string | undefined {
  const onPath = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return resolve(onPath, '..');
  const debianRoot = '/usr/lib/postgresql';
  if (!existsSync(debianRoot)) return undefined;
  const versions = readdirSync(debianRoot)
    .filter((v) => existsSync(join(debianRoot, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(debianRoot, versions[0], 'bin') : undefined;
}

/** PostgreSQL refuses to run as root; on such machines it runs as the system's postgres user. */
function runAs(): string[] {
  if (process.getuid?.() !== 0) return [];
  const hasUser = spawnSync('id', ['-u', 'postgres']).status === 0;
  if (!hasUser) {
    throw new ServiceUnavailableError(
      'PostgreSQL cannot run as root and this machine has no "postgres" user: install PostgreSQL (sudo apt-get install postgresql) or set DATABASE_URL to a running server.',
    );
  }
  return ['runuser', '-u', 'postgres', '--'];
}

/**
 * `<dataDir>/postgres`, unless PostgreSQL runs as another user who cannot reach it (a project
 * under /root): then a folder of the system's temporary directory named after the project's.
 */
function dataDirectory(dataDir: string, prefix: string[]): string {
  const preferred = join(dataDir, 'postgres');
  if (prefix.length === 0) return preferred;
  mkdirSync(dataDir, { recursive: true });
  const [file, ...rest] = [...prefix, 'test', '-x', dataDir];
  if (spawnSync(file, rest).status === 0) return preferred;
  const tag = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  return join(tmpdir(), `landsea-postgres-${tag}`);
}

function run(prefix: string[], command: string, args: string[]): void {
  const [file, ...rest] = [...prefix, command, ...args];
  execFileSync(file, rest, { stdio: 'pipe' });
}

/**
 * Makes sure a PostgreSQL server answers for `databaseUrl`. When nothing answers at a local
 * address, it starts (or reuses) a private server under `dataDir` from the machine's binaries
 * and returns the URL to use instead.
 */
export async function ensurePostgres(
  databaseUrl: string,
  options: { autostart: boolean; dataDir: string; say: (line: string) => void },
): Promise<string> {
  if (await postgresAnswers(databaseUrl)) return databaseUrl;
  const { hostname, port } = new URL(databaseUrl);
  const where = `${hostname}:${port || 5432}`;
  if (!options.autostart || !LOCAL_HOSTS.has(hostname)) {
    throw new ServiceUnavailableError(
      `PostgreSQL is not answering at ${where}: start it or point DATABASE_URL at a running server.`,
    );
  }
  const privateUrl = withPort(databaseUrl, PRIVATE_POSTGRES_PORT);
  if (await postgresAnswers(privateUrl)) return privateUrl;

  const bin = findPostgresBinaries();
  if (!bin) {
    throw new ServiceUnavailableError(
      `PostgreSQL is not answering at ${where} and no PostgreSQL binaries were found: install PostgreSQL (sudo apt-get install postgresql) or set DATABASE_URL to a running server.`,
    );
  }
  const prefix = runAs();
  const dir = dataDirectory(resolve(options.dataDir), prefix);
  const user = new URL(databaseUrl).username || 'postgres';
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    mkdirSync(dirname(dir), { recursive: true });
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (prefix.length) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'])), Number(execFileSync('id', ['-g', 'postgres'])));
    run(prefix, join(bin, 'initdb'), ['-D', dir, '-U', user, '--auth=trust', '--encoding=UTF8', '--locale=C']);
  }
  run(prefix, join(bin, 'pg_ctl'), [
    '-D', dir, '-l', join(dir, 'server.log'), '-w', '-t', '60',
    '-o', `-p ${PRIVATE_POSTGRES_PORT} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=300`,
    'start',
  ]);
  options.say(
    `PostgreSQL was not answering at ${where}, so a private one was started at 127.0.0.1:${PRIVATE_POSTGRES_PORT} (data in ${dir}).`,
  );
  return privateUrl;
}
