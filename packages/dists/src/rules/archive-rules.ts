import { type Problem, problemFrom, type RuleInfo, type Severity } from '../problem';

/** Every archive-level rule: the container formats (zip, tar.gz) and the files a wheel or sdist must hold. */
const catalog = [
  {
    code: 'empty-file',
    severity: 'error',
    rule: 'A distribution file must not be empty.',
    fix: 'Rebuild the distribution (for example `python -m build`) and check that the build step did not fail.',
  },
  {
    code: 'archive-too-many-members',
    severity: 'error',
    rule: 'An archive may hold at most 100,000 members.',
    fix: 'Exclude generated or vendored files from the distribution (`[tool.hatch.build] exclude` or MANIFEST.in).',
  },
  {
    code: 'archive-member-too-large',
    severity: 'error',
    rule: 'Metadata files (METADATA, PKG-INFO, WHEEL, RECORD, entry_points.txt) must be under 32 MiB.',
    fix: 'Shorten the long description (`readme`) or the entry-point list so the metadata file stays small.',
  },
  {
    code: 'metadata-encoding',
    severity: 'error',
    rule: 'Core metadata (METADATA or PKG-INFO) must be valid UTF-8.',
    fix: 'Save the README and pyproject.toml as UTF-8 and rebuild the distribution.',
  },
  {
    code: 'zip-not-a-zip',
    severity: 'error',
    rule: 'A wheel must be a ZIP archive with an end-of-central-directory record.',
    fix: 'Rebuild the wheel with `python -m build --wheel`; do not rename other files to `.whl`.',
  },
  {
    code: 'zip-compression',
    severity: 'error',
    rule: 'PyPI accepts only stored (0) or deflate (8) compression in ZIP members.',
    fix: 'Rebuild with a standard build backend, which uses deflate; do not recompress wheels with bzip2, lzma or zstd.',
  },
  {
    code: 'zip-duplicate-entry',
    severity: 'error',
    rule: 'A ZIP archive must not hold two members with the same name.',
    fix: 'Rebuild the wheel from a clean build directory so every file is written once.',
  },
  {
    code: 'zip-trailing-data',
    severity: 'error',
    rule: 'A ZIP archive must not hold bytes outside its members, central directory and end record (no prepended, interleaved or trailing data).',
    fix: 'Rebuild the wheel instead of appending to it or concatenating archives; post-process only with tools that rewrite the whole archive (`wheel pack`).',
  },
  {
    code: 'zip-comment',
    severity: 'error',
    rule: 'A ZIP archive must not carry an archive comment or member comments.',
    fix: 'Rebuild the wheel without comments (do not run `zip -z` or similar tools on it).',
  },
  {
    code: 'zip-central-directory',
    severity: 'error',
    rule: 'A ZIP archive must have one consistent central directory whose entries each match a local header (name and sizes), with consistent ZIP64 records.',
    fix: 'Rebuild the wheel with `python -m build --wheel`; the archive is corrupt or was written by a non-conforming tool.',
  },
  {
    code: 'zip-data-descriptor',
    severity: 'error',
    rule: 'PyPI refuses ZIP members written in streaming mode (with a data descriptor after the data).',
    fix: 'Rebuild the wheel with a tool that writes to a seekable file (`python -m build --wheel`, `wheel pack`).',
  },
  {
    code: 'zip-filename',
    severity: 'error',
    rule: 'ZIP member names must be valid UTF-8 without control characters.',
    fix: 'Rename the offending source files to printable UTF-8 names and rebuild.',
  },
  {
    code: 'zip-path-traversal',
    severity: 'error',
    rule: 'ZIP member names must be relative paths using `/`: no leading `/`, drive letter, backslash or `..` segment.',
    fix: 'Rebuild the wheel with a standard build backend; never add members with absolute or parent-relative paths.',
  },
  {
    code: 'zip-compression-ratio',
    severity: 'error',
    rule: 'A ZIP member larger than 64 MiB uncompressed must not compress more than 50:1.',
    fix: 'Do not ship huge, highly repetitive files (padding, zero-filled data); generate them at run time instead.',
  },
  {
    code: 'zip-symlink',
    severity: 'warning',
    rule: 'Installers do not recreate symbolic links from wheels; a symlink member is installed as a small text file.',
    fix: 'Replace the symlink with a real file or directory in the source tree before building.',
  },
  {
    code: 'wheel-dist-info-missing',
    severity: 'error',
    rule: 'A wheel must contain a top-level `{name}-{version}.dist-info` directory.',
    fix: 'Rebuild the wheel with a standard build backend (`python -m build --wheel`).',
  },
  {
    code: 'wheel-dist-info-name',
    severity: 'error',
    rule: 'A wheel must contain exactly one `.dist-info` directory, named after the project and version in the filename.',
    fix: 'Rebuild the wheel instead of renaming it, so the filename and the `.dist-info` directory agree.',
  },
  {
    code: 'wheel-metadata-missing',
    severity: 'error',
    rule: 'A wheel must contain `{name}-{version}.dist-info/METADATA`.',
    fix: 'Rebuild the wheel with a standard build backend (`python -m build --wheel`).',
  },
  {
    code: 'wheel-wheel-file-missing',
    severity: 'error',
    rule: 'A wheel must contain `{name}-{version}.dist-info/WHEEL`.',
    fix: 'Rebuild the wheel with a standard build backend (`python -m build --wheel`).',
  },
  {
    code: 'wheel-wheel-file-invalid',
    severity: 'error',
    rule: 'The WHEEL file must be `Key: value` lines with `Wheel-Version: 1.x` and `Root-Is-Purelib: true|false`.',
    fix: 'Rebuild the wheel with a current build backend; if you post-process wheels, keep WHEEL intact.',
  },
  {
    code: 'wheel-record-missing',
    severity: 'error',
    rule: 'A wheel must contain `{name}-{version}.dist-info/RECORD`.',
    fix: 'Rebuild the wheel; after editing a wheel, repack it with `wheel pack` so RECORD is regenerated.',
  },
  {
    code: 'wheel-record-invalid',
    severity: 'error',
    rule: 'RECORD must be CSV rows `path,algorithm=digest,size` (sha256 or stronger) listing exactly the files of the wheel.',
    fix: 'Rebuild the wheel; after editing a wheel, repack it with `wheel pack` so RECORD is regenerated.',
  },
  {
    code: 'wheel-entry-points-invalid',
    severity: 'error',
    rule: 'entry_points.txt must be INI sections of `name = module:attr` lines, without duplicate sections or names.',
    fix: 'Fix `[project.scripts]`, `[project.gui-scripts]` and `[project.entry-points]` in pyproject.toml and rebuild.',
  },
  {
    code: 'license-file-missing',
    severity: 'error',
    rule: 'Every `License-File` declared in the metadata must be present in the distribution.',
    fix: 'List existing paths in `[project] license-files` (pyproject.toml) and rebuild.',
  },
  {
    code: 'sdist-not-gzip',
    severity: 'error',
    rule: 'An sdist must be a gzip-compressed tar archive (`.tar.gz`).',
    fix: 'Build the sdist with `python -m build --sdist`; do not rename zip or plain tar files to `.tar.gz`.',
  },
  {
    code: 'sdist-gzip-corrupt',
    severity: 'error',
    rule: 'The gzip stream of an sdist must be complete, pass its CRC check and have no trailing garbage.',
    fix: 'Rebuild the sdist; if it was downloaded or copied, transfer it again in binary mode.',
  },
  {
    code: 'sdist-tar-invalid',
    severity: 'error',
    rule: 'The tar stream of an sdist must have valid header checksums, sane header sizes and no truncation.',
    fix: 'Rebuild the sdist with `python -m build --sdist`.',
  },
  {
    code: 'sdist-too-large',
    severity: 'error',
    rule: 'The tar stream inside an sdist is read only up to 8 GiB and 100 times the compressed size.',
    fix: 'Keep large generated or binary data out of the sdist (MANIFEST.in, `[tool.hatch.build] exclude`).',
  },
  {
    code: 'sdist-top-level',
    severity: 'error',
    rule: 'An sdist must contain exactly one top-level directory and no files beside it.',
    fix: 'Build the sdist with `python -m build --sdist` rather than archiving the source tree by hand.',
  },
  {
    code: 'sdist-top-level-name',
    severity: 'warning',
    rule: 'The top-level directory of an sdist should be named `{name}-{version}`, like the file.',
    fix: 'Rebuild the sdist instead of renaming it, so the file and its directory agree.',
  },
  {
    code: 'sdist-pkg-info-missing',
    severity: 'error',
    rule: 'An sdist must contain `{name}-{version}/PKG-INFO` with its core metadata.',
    fix: 'Build the sdist with a PEP 517 backend (`python -m build --sdist`), which writes PKG-INFO.',
  },
  {
    code: 'sdist-sparse-member',
    severity: 'error',
    rule: 'PyPI refuses sdists with sparse tar members.',
    fix: 'Rebuild the sdist with `python -m build --sdist` (it never writes sparse members); avoid `tar --sparse`.',
  },
  {
    code: 'sdist-path-traversal',
    severity: 'error',
    rule: 'sdist member names must be relative, without a drive letter or `..` segment.',
    fix: 'Rebuild the sdist with `python -m build --sdist`; never add members with absolute or parent-relative paths.',
  },
  {
    code: 'sdist-link',
    severity: 'error',
    rule: 'Links in an sdist must stay inside its top-level directory (links leaving it are refused by safe extraction).',
    fix: 'Replace symbolic and hard links with real files, or exclude them from the sdist (MANIFEST.in, `[tool.hatch.build] exclude`).',
  },
  {
    code: 'sdist-special-member',
    severity: 'error',
    rule: 'An sdist must not contain device files or FIFOs.',
    fix: 'Exclude special files from the sdist (MANIFEST.in, `[tool.hatch.build] exclude`) and rebuild.',
  },
] as const satisfies readonly RuleInfo[];

export type ArchiveRuleCode = (typeof catalog)[number]['code'];

/** The rules of this module, for the README's rule table and for lookups by code. */
export const ARCHIVE_RULES: readonly RuleInfo[] = catalog;

const byCode = new Map<string, RuleInfo>(catalog.map((rule) => [rule.code, rule]));

export function archiveRule(code: ArchiveRuleCode): RuleInfo {
  return byCode.get(code)!;
}

/** A problem of `file` under one of the archive rules. */
export function archiveProblem(
  code: ArchiveRuleCode,
  file: string,
  detail: string,
  severity?: Severity,
): Problem {
  return problemFrom(archiveRule(code), file, detail, severity);
}
