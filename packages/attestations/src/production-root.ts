// Imported (not read from node_modules at run time) so that bundles such as the npm CLI carry it.
import seeds from '@sigstore/tuf/seeds.json' with { type: 'json' };

const TUF_REPOSITORY = 'https://tuf-repo-cdn.sigstore.dev';

/**
 * Sigstore's production `trusted_root.json` as `@sigstore/tuf` ships it in its seeds: what PyPI verifies
 * attestations against, available offline. It is as fresh as the installed `@sigstore/tuf` (no TUF update).
 */
export function productionTrustedRoot(): unknown {
  const repositories = seeds as Record<string, { targets?: Record<string, string> } | undefined>;
  const encoded = repositories[TUF_REPOSITORY]?.targets?.['trusted_root.json'];
  if (encoded === undefined)
    throw new Error(`@sigstore/tuf/seeds.json has no trusted_root.json for ${TUF_REPOSITORY}`);
  return JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
}
