import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reads a file vendored under libs/<library>/data, found by walking up from this module, so it
 * works from the sources (tests) and from the build (dist/…) alike.
 */
export function readLibraryDataFile(library: string, name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i += 1) {
    const candidate = join(dir, 'libs', library, 'data', name);
    if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
    dir = dirname(dir);
  }
  throw new Error(`Data file ${library}/data/${name} was not found above ${fileURLToPath(import.meta.url)}`);
}

/** A file vendored under libs/reference/data. */
export function readDataFile(name: string): string {
  return readLibraryDataFile('reference', name);
}
