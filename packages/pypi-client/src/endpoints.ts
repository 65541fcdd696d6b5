import { normalizeName } from '@pypi-release/dists';
import { PublishError } from './errors';

/** The URLs of one index, derived from its upload URL (PYPI.md §1, §2, §4). */
export interface IndexEndpoints {
  /** The upload URL, e.g. `https://upload.pypi.org/legacy/`. */
  readonly uploadUrl: string;
  /** The upload URL's origin: tokens go there and nowhere else. */
  readonly origin: string;
  /** `<origin>/_/oidc/audience` */
  readonly audienceUrl: string;
  /** `<origin>/_/oidc/mint-token` */
  readonly mintTokenUrl: string;
  /** The simple index root, e.g. `https://pypi.org/simple/`. */
  readonly simpleUrl: string;
  /** A person's page for a release. */
  projectUrl(name: string, version: string): string;
}

/** PyPI and TestPyPI read from another host than they upload to. */
const KNOWN_READ_HOSTS: Readonly<Record<string, string>> = {
  'upload.pypi.org': 'https://pypi.org',
  'test.pypi.org': 'https://test.pypi.org',
};

/** Endpoints for an upload URL; `simpleUrl` overrides the derived simple index (`<base>/simple/`). */
export function indexEndpoints(repositoryUrl: string, simpleUrl?: string): IndexEndpoints {
  let url: URL;
  try {
    url = new URL(repositoryUrl);
  } catch {
    throw new PublishError(
      'invalid-input',
      `repository URL ${JSON.stringify(repositoryUrl)} is not a URL; use e.g. https://upload.pypi.org/legacy/`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new PublishError(
      'invalid-input',
      `repository URL ${repositoryUrl} must use https (or http for a local index)`,
    );
  }
  if (url.username || url.password) {
    throw new PublishError(
      'invalid-input',
      `repository URL ${url.host}: remove the credentials from the URL and pass the token as a secret instead`,
    );
  }
  const origin = url.origin;
  const readBase =
    KNOWN_READ_HOSTS[url.hostname] ??
    `${origin}${url.pathname.replace(/\/legacy\/?$/, '').replace(/\/$/, '')}`;
  const simple = simpleUrl ?? `${readBase}/simple/`;
  const pypiLike = url.hostname in KNOWN_READ_HOSTS;
  return {
    uploadUrl: url.href,
    origin,
    audienceUrl: `${origin}/_/oidc/audience`,
    mintTokenUrl: `${origin}/_/oidc/mint-token`,
    simpleUrl: simple.endsWith('/') ? simple : `${simple}/`,
    projectUrl: (name, version) =>
      pypiLike
        ? `${readBase}/project/${normalizeName(name)}/${version}/`
        : `${simple.endsWith('/') ? simple : `${simple}/`}${normalizeName(name)}/`,
  };
}
