/**
 * Kept apart from publish.ts so that `pypi-release --help` and `--version` load no upload code: not even
 * pypi-client's DEFAULT_CONCURRENCY, whose import pulled undici and zod into the entry's static graph (a test
 * in publish-usage.test.ts keeps the default below equal to it).
 */
export const PUBLISH_USAGE = `Usage: pypi-release publish [--repository-url URL | --repository NAME] [--config-file FILE]
         [--username NAME] [--simple-url URL] [--index-policy auto|pypi|generic] [--oidc-token-env NAME]
         [--skip-existing] [--dry-run] [--strict] [--concurrency N (default 4)] [--no-verify]
         [--print-hash] [--no-attestations] [--attestations-dir DIR] [--verbose] <file-or-dir>...

Checks the distributions (--strict: warnings fail too), then uploads them (sdist first) and verifies what landed
through the simple index (--simple-url when it cannot be derived from the upload URL; PEP 691 JSON or PEP 503
HTML). --print-hash logs the sha256 and blake2-256 of every file before uploading.
Index: --repository-url, else the --repository section (default pypi) of --config-file (default ~/.pypirc), as
twine reads it. --index-policy: pypi refuses what PyPI refuses; generic makes PyPI-only rules (local versions,
platform tags, classifiers, direct-URL dependencies) warnings; auto (default) is pypi for PyPI and TestPyPI only.
Credentials: --username (else PYPI_USERNAME, else the .pypirc; default __token__) and the password or token in
PYPI_TOKEN (else the .pypirc); they are also sent on reads the index answers 401, to the upload URL's origin only.
Without a password, Trusted Publishing: GitHub Actions (ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN), or GitLab CI
(GITLAB_CI) with the ID token of the job's id_tokens entry in PYPI_ID_TOKEN (--oidc-token-env NAME to change).
Attestations (PEP 740): with Trusted Publishing on GitHub Actions to PyPI or TestPyPI, every uploaded file's
publish attestation is signed with Sigstore and sent with it (--no-attestations: not), and written to
--attestations-dir (default a new temporary folder); <file>.<kind>.attestation files beside a distribution are
sent with it. PYPI_RELEASE_SIGSTORE_FULCIO_URL and _REKOR_URL name a test Sigstore (refused for PyPI).
Exit status: 0 published, 1 failed, 2 usage error.`;
