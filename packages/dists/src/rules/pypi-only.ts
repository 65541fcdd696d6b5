/**
 * Rules only PyPI enforces (Warehouse's upload checks): other indexes (devpi, Artifactory, Nexus, GitLab's
 * package registry, a plain HTML index) store local versions, any platform tag, unknown or private classifiers
 * and direct-URL dependencies. The one list behind both `generic` policies: the publish client's (warnings) and
 * the local index's (dropped). PEP 740 attestations are the other PyPI-only feature; they are not rules.
 */
export const PYPI_ONLY_RULES: ReadonlySet<string> = new Set([
  'metadata-local-version',
  'wheel-platform-tag',
  'metadata-classifier-unknown',
  'metadata-classifier-private',
  'metadata-direct-url-dependency',
]);
