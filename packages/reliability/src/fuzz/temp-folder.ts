import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One temporary folder per target run; each input overwrites the same file in it. */
export interface TempFolder {
  readonly dir: string;
  /** Writes `bytes` to `name` in the folder (replacing the last input) and returns its path. */
  write(name: string, bytes: Uint8Array): string;
  remove(): Promise<void>;
}

export function openTempFolder(label: string): TempFolder {
  const dir = mkdtempSync(join(tmpdir(), `fuzz-${label}-`));
  return {
    dir,
    write(name, bytes) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    },
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
