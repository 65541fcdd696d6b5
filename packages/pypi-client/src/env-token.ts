import { PublishError } from './errors';
import { claim, decodeClaims } from './id-token';
import type { IdTokenProvider } from './trusted-publishing';

/**
 * An ID token handed to the job in an environment variable: GitLab CI's `id_tokens:` (PyPI's GitLab publisher),
 * or any CI that does the same. The job fixes the audience when it asks GitLab for the token, so the token's
 * `aud` is compared with the index's audience here, before the exchange, with the fix named.
 */
export function envTokenProvider(
  name: string,
  value: string | undefined,
  ci: 'gitlab' | 'other',
): IdTokenProvider {
  return async (audience) => {
    if (value === undefined || value.trim() === '') {
      throw new PublishError(
        'missing-id-token-permission',
        ci === 'gitlab'
          ? `GitLab CI: the environment variable ${name} holds no ID token. Add to the publish job of .gitlab-ci.yml:\n` +
              `  id_tokens:\n    ${name}:\n      aud: ${audience}\n` +
              `(or name the variable your job uses with --oidc-token-env), or pass an API token in PYPI_TOKEN.`
          : `the environment variable ${name} (--oidc-token-env) holds no ID token; set it, or pass an API token ` +
              'in PYPI_TOKEN.',
      );
    }
    const token = value.trim();
    const claims = decodeClaims(token);
    if (claims === undefined) {
      throw new PublishError(
        'invalid-input',
        `the environment variable ${name} does not hold a JWT (an OIDC ID token); check the id_tokens entry.`,
      );
    }
    const aud = claims.aud;
    const audiences = Array.isArray(aud) ? aud.map(String) : [claim(claims, 'aud') ?? ''];
    if (!audiences.includes(audience)) {
      throw new PublishError(
        'invalid-input',
        `the ID token in ${name} has the audience ${JSON.stringify(aud)}, but this index expects ` +
          `${JSON.stringify(audience)}: set \`aud: ${audience}\` in the job's id_tokens entry for ${name}.`,
      );
    }
    return token;
  };
}
