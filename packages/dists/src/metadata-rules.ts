import type { ClassifierList } from './classifiers';
import { checkDescription } from './description-check';
import { getField, getFields, type MetadataSyntaxIssue } from './metadata';
import { definedIn, isKnownMetadataVersion, type MetadataVersion, metadataField } from './metadata-fields';
import { checkMetadataValues } from './metadata-value-rules';
import { isValidProjectName, localVersionPart, normalizeName, normalizeVersion, sameVersion } from './names';
import type { Problem } from './problem';
import { problemFrom } from './problem';
import { METADATA_RULES as R } from './rules/metadata-rules-catalog';
import type { CoreMetadata } from './types';

/** What the filename says the metadata must hold. */
export interface MetadataContext {
  readonly expectedName?: string;
  readonly expectedVersion?: string;
  /** The classifier list that decides: the index's own when fetched (publish time), else the bundled one. */
  readonly classifiers?: ClassifierList;
}

function checkRequired(md: CoreMetadata, file: string): Problem[] {
  return ['Metadata-Version', 'Name', 'Version']
    .filter((name) => (getField(md, name) ?? '') === '')
    .map((name) => problemFrom(R.missingField, file, `the ${name} field is missing`));
}

function checkName(name: string, file: string, context: MetadataContext): Problem[] {
  if (!isValidProjectName(name))
    return [problemFrom(R.name, file, `Name '${name}' is not a valid project name`)];
  const expected = context.expectedName;
  if (expected !== undefined && normalizeName(expected) !== normalizeName(name)) {
    return [problemFrom(R.nameMismatch, file, `Name is '${name}' but the filename says '${expected}'`)];
  }
  return [];
}

function checkVersion(version: string, file: string, context: MetadataContext): Problem[] {
  const normal = normalizeVersion(version);
  if (normal === undefined)
    return [problemFrom(R.version, file, `Version '${version}' is not a PEP 440 version`)];
  const problems: Problem[] = [];
  const local = localVersionPart(version);
  if (local)
    problems.push(problemFrom(R.localVersion, file, `Version '${version}' has the local part '+${local}'`));
  const expected = context.expectedVersion;
  if (expected !== undefined && !sameVersion(expected, version)) {
    problems.push(
      problemFrom(R.versionMismatch, file, `Version is '${version}' but the filename says '${expected}'`),
    );
  }
  return problems;
}

/**
 * Fields the declared Metadata-Version does not define: PyPI refuses them (packaging.metadata's from_raw, which
 * Warehouse runs on the upload form: "… introduced in metadata version 2.4, not 2.1"). License-File is exempt
 * below 2.4: setuptools wrote it (as a provisional field) into 2.1 metadata for years, and uploaders leave it
 * out of the form (twine's package.py; our upload-form.ts), so PyPI accepts those files.
 */
function checkFieldVersions(md: CoreMetadata, file: string, declared: MetadataVersion): Problem[] {
  const problems: Problem[] = [];
  for (const key of md.fields.keys()) {
    const field = metadataField(key);
    if (!field || definedIn(field.since, declared)) continue;
    if (field.name === 'License-File' && definedIn('2.1', declared)) continue;
    problems.push(
      problemFrom(
        R.fieldVersion,
        file,
        `${field.name} needs Metadata-Version ${field.since}, not ${declared}`,
      ),
    );
  }
  return problems;
}

const NEVER_DYNAMIC = new Set(['name', 'version', 'metadata-version']);

function checkDynamic(md: CoreMetadata, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const value of getFields(md, 'Dynamic')) {
    const field = metadataField(value.trim());
    if (!field)
      problems.push(problemFrom(R.dynamic, file, `Dynamic names '${value}', which is not a metadata field`));
    else if (NEVER_DYNAMIC.has(field.name.toLowerCase())) {
      problems.push(problemFrom(R.dynamic, file, `Dynamic names '${value}', which must never be dynamic`));
    }
  }
  return problems;
}

/**
 * Every core metadata rule of PYPI.md §3, including the long description's (`checkDescription`).
 * `context` carries the name and version the filename declares.
 */
export function checkMetadata(md: CoreMetadata, file: string, context: MetadataContext = {}): Problem[] {
  const problems = checkRequired(md, file);
  const metadataVersion = getField(md, 'Metadata-Version');
  if (metadataVersion && !isKnownMetadataVersion(metadataVersion)) {
    problems.push(problemFrom(R.versionUnsupported, file, `Metadata-Version is '${metadataVersion}'`));
  }
  const name = getField(md, 'Name');
  if (name) problems.push(...checkName(name, file, context));
  const version = getField(md, 'Version');
  if (version) problems.push(...checkVersion(version, file, context));
  if (metadataVersion && isKnownMetadataVersion(metadataVersion)) {
    problems.push(...checkFieldVersions(md, file, metadataVersion));
  }
  problems.push(
    ...checkDynamic(md, file),
    ...checkMetadataValues(md, file, context.classifiers),
    ...checkDescription(md, file),
  );
  return problems;
}

/** The parser's issues as problems (`metadata-syntax`). */
export function metadataSyntaxProblems(issues: readonly MetadataSyntaxIssue[], file: string): Problem[] {
  return issues.map((issue) =>
    problemFrom(
      R.syntax,
      file,
      issue.line > 0 ? `line ${issue.line}: ${issue.message}` : issue.message,
      issue.severity,
    ),
  );
}
