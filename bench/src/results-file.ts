import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Writes a run's results to `out` (relative to where pnpm was called) or to
 * bench/results/<date>-<scale>.json, formatted the repository's way so a committed result passes
 * `biome check`. Returns the file's path.
 */
export function writeResultsFile(results: object, options: { scale: string; out?: string }): string {
  const day = new Date().toISOString().slice(0, 10);
  const file = options.out
    ? pathToFileURL(resolve(process.env.INIT_CWD ?? process.cwd(), options.out))
    : new URL(`../results/${day}-${options.scale}.json`, import.meta.url);
  mkdirSync(new URL('.', file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  try {
    execFileSync(
      fileURLToPath(new URL('../../node_modules/.bin/biome', import.meta.url)),
      ['format', '--write', fileURLToPath(file)],
      { stdio: 'ignore' },
    );
  } catch {
    // Formatting is a nicety: the figures are written either way.
  }
  return fileURLToPath(file);
}
