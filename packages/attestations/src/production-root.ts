import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const TUF_REPOSITORY = 'https://tuf-repo-cdn.sigstore.dev';

/**
 * Sigstore's production `trusted_root.json` as `@sigstore/tuf` ships it in its seeds: what PyPI verifies
 * attestations against, available offline. It is as fresh as the installed `@sigstore/tuf` (no TUF update).
 */
export function productionTrustedRoot(): unknown {
  const seedsPath = createRequire(import.meta.url).resolve('@sigstore/tuf/seeds.json');
  const seeds = JSON.parse(readFileSync(seedsPath, 'utf8')) as Record<
    string,
    { targets?: Record<string, string> } | undefined
  >;
  const encoded = seeds[TUF_REPOSITORY]?.targets?.['trusted_root.json'];
  if (encoded === undefined) throw new Error(`${seedsPath} has no trusted_root.json for ${TUF_REPOSITORY}`);
  return JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
}
