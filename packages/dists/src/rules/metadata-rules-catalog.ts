import type { RuleInfo } from '../problem';

/** The core metadata rules (PYPI.md §3 "Metadata"): code, default severity, the rule and the fix. */
function rule(code: string, rule: string, fix: string, severity: RuleInfo['severity'] = 'error'): RuleInfo {
  return { code, severity, rule, fix };
}

export const METADATA_RULES = {
  syntax: rule(
    'metadata-syntax',
    'Core metadata must be UTF-8 RFC 822 headers, a blank line, then the long description.',
    'Rebuild the distribution with a current build backend instead of editing METADATA/PKG-INFO by hand.',
  ),
  missingField: rule(
    'metadata-missing-field',
    'Metadata-Version, Name and Version are required.',
    'Set the project name and version in pyproject.toml and rebuild.',
  ),
  versionUnsupported: rule(
    'metadata-version-unsupported',
    'Metadata-Version must be one of 1.0, 1.1, 1.2, 2.1, 2.2, 2.3, 2.4, 2.5.',
    'Upgrade the build backend (and twine) and rebuild.',
  ),
  name: rule(
    'metadata-name',
    'Name must be ASCII letters, digits, ".", "_" and "-", starting and ending with a letter or digit.',
    'Rename the project in pyproject.toml.',
  ),
  version: rule(
    'metadata-version',
    'Version must be a PEP 440 version.',
    'Use a version such as 1.2.0, 1.2.0rc1 or 1.2.0.post1.',
  ),
  localVersion: rule(
    'metadata-local-version',
    'PyPI refuses local versions (a "+local" suffix).',
    'Drop the "+…" part (with setuptools-scm set local_scheme = "no-local-version").',
  ),
  nameMismatch: rule(
    'metadata-name-mismatch',
    "The metadata Name must match the filename's project name.",
    'Rebuild the distribution instead of renaming the file.',
  ),
  versionMismatch: rule(
    'metadata-version-mismatch',
    "The metadata Version must match the filename's version.",
    'Rebuild the distribution instead of renaming the file.',
  ),
  summary: rule(
    'metadata-summary',
    'Summary must be one line of at most 512 characters.',
    'Shorten the description field in pyproject.toml and keep it on one line.',
  ),
  email: rule(
    'metadata-email',
    'Author-email and Maintainer-email must be valid address lists ("Name <a@b.org>, c@d.org").',
    'Fix the authors/maintainers emails in pyproject.toml.',
  ),
  url: rule(
    'metadata-url',
    'Home-page, Download-URL and Project-URL values must be http or https URLs.',
    'Fix the URL in pyproject.toml ([project.urls]).',
  ),
  projectUrl: rule(
    'metadata-project-url',
    'Each Project-URL must be "Label, URL" with a unique label of at most 32 characters.',
    'Shorten or de-duplicate the label in [project.urls].',
  ),
  directUrl: rule(
    'metadata-direct-url-dependency',
    'PyPI refuses dependencies given as direct URLs ("name @ https://…").',
    'Depend on a released version from PyPI instead.',
  ),
  requirement: rule(
    'metadata-requirement',
    'Requires-Dist must be PEP 508 requirements and Requires-Python a PEP 440 specifier set.',
    'Fix the dependency or requires-python entry in pyproject.toml.',
  ),
  classifierUnknown: rule(
    'metadata-classifier-unknown',
    'Every classifier must be a current trove classifier (https://pypi.org/classifiers/); deprecated ones are refused.',
    'Correct the spelling, use the replacement, or remove the classifier (and run `pnpm update:classifiers` if the bundled list is old).',
  ),
  classifierPrivate: rule(
    'metadata-classifier-private',
    'PyPI refuses "Private ::" classifiers (they exist to block accidental uploads).',
    'Remove the Private classifier if this project really is meant for PyPI.',
  ),
  licenseConflict: rule(
    'metadata-license-conflict',
    'License and License-Expression exclude each other (PEP 639): PyPI refuses metadata with both.',
    'Keep only the license expression (project.license = "MIT" in pyproject.toml) and drop the License field.',
  ),
  licenseClassifier: rule(
    'metadata-license-classifier',
    'Beside License-Expression, "License ::" classifiers are deprecated (PEP 639) and build tools may refuse them; PyPI accepts them.',
    'Drop the "License ::" classifiers; the expression says it all.',
    'warning',
  ),
  licenseExpression: rule(
    'metadata-license-expression',
    'License-Expression must be a valid SPDX expression of identifiers on the SPDX license list (as packaging.licenses checks it).',
    'Write an SPDX expression such as "MIT" or "Apache-2.0 OR MIT"; use LicenseRef-<name> for a license not on the list.',
  ),
  fieldVersion: rule(
    'metadata-field-version',
    'A field must be defined by the declared Metadata-Version (packaging refuses newer fields; License-File below 2.4 is left out of the upload, as twine does).',
    'Upgrade the build backend so it declares a recent Metadata-Version.',
  ),
  dynamic: rule(
    'metadata-dynamic',
    'Dynamic must list known fields other than Name, Version and Metadata-Version.',
    'Fix the build backend configuration, or upgrade it.',
  ),
  contentType: rule(
    'metadata-description-content-type',
    'Description-Content-Type must be text/plain, text/x-rst or text/markdown (charset=UTF-8; variant=GFM or CommonMark).',
    'Set readme to a .md, .rst or .txt file (or fix its content-type) in pyproject.toml.',
  ),
  descriptionRender: rule(
    'description-render',
    'The long description must render as its content type (reStructuredText when none is declared).',
    'Fix the markup (check with `twine check`), or declare the readme as text/markdown.',
  ),
  descriptionMissing: rule(
    'description-missing',
    'A release should have a long description: it is the project page on PyPI.',
    'Set readme = "README.md" in pyproject.toml.',
    'warning',
  ),
} as const satisfies Record<string, RuleInfo>;

export const METADATA_RULE_LIST: readonly RuleInfo[] = Object.values(METADATA_RULES);
