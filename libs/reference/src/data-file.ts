import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reads a vendored file from libs/reference/data, found by walking up from this module, so it
 * works from the sources (tests) and from the build (dist/…) alike.
 */
export function readDataFile(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i += 1) {
    const candidate = join(dir, 'libs', 'reference', 'data', name);
    if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
    const sibling = join(dir, 'data', name);
    if (existsSync(sibling)) return readFileSync(sibling, 'utf8');
    dir = dirname(dir);
  }
  throw new Error(`Reference data file ${name} was not found above ${fileURLToPath(import.meta.url)}`);
}
