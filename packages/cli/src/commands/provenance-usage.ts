/** Kept apart from provenance.ts so that `pypi-release --version` and `--help` load no Sigstore code. */
export const PROVENANCE_USAGE = `Usage: pypi-release provenance <project> <version> [--index-url URL] [--trusted-root FILE] [--json]

Verifies the PEP 740 provenance of every file of a release, as served: downloads each file and hashes it,
fetches its provenance from the Integrity API, and verifies each attestation (Sigstore signature and
transparency log, the publisher's Trusted Publisher identity, the attested sha256 against the served bytes).

  --index-url URL      the index (default https://pypi.org: JSON API /pypi/, Integrity API /integrity/)
  --trusted-root FILE  a Sigstore trusted_root.json (default: Sigstore's production root, offline copy)
  --json               print one JSON document instead of the table

Exit status: 0 every file verified, 1 any file not verified (or the release cannot be read), 2 usage error.`;
