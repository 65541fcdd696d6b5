export { type CheckFileOptions, checkFile } from './check-file';
export {
  type CheckOptions,
  type CheckReport,
  checkDistributions,
  checkSet,
  MAX_RELEASE_FILES,
  releaseOf,
} from './check-set';
export { type CheckFindings, failingProblems } from './check-verdict';
export {
  BUNDLED_CLASSIFIERS,
  type ClassifierList,
  type ClassifierVerdict,
  classifierListFromText,
  classifyClassifier,
} from './classifiers';
export { checkDescription, contentTypeError } from './description-check';
export { type Candidate, type Discovery, discoverFiles } from './discover';
export { type EntryPoints, parseEntryPoints } from './entry-points';
export { DistsError, type DistsErrorCode } from './errors';
export {
  type DistFilename,
  kindFromFilename,
  parseDistFilename,
  parseSdistFilename,
  parseWheelFilename,
  refusedFormat,
  type SdistFilename,
  type WheelFilename,
} from './filename';
export { createDigester, type Digester, hashBuffer, hashFile } from './hashing';
export { checkLicenseFiles } from './license-files';
export type { MetadataSyntaxIssue, ParsedMetadata } from './metadata';
export { getField, getFields, MAX_HEADERS, MAX_LINE_LENGTH, parseMetadata } from './metadata';
export type { MetadataField, MetadataVersion } from './metadata-fields';
export { isKnownMetadataVersion, METADATA_FIELDS, METADATA_VERSIONS, metadataField } from './metadata-fields';
export { checkMetadata, type MetadataContext, metadataSyntaxProblems } from './metadata-rules';
export {
  compareVersions,
  escapeName,
  isPrerelease,
  isValidProjectName,
  localVersionPart,
  normalizeName,
  normalizeVersion,
  sameVersion,
} from './names';
export { parseRequirement508, type Requirement, type RequirementResult } from './pep508';
export { isAllowedPlatformTag } from './platform-tags';
export type { Problem, RuleInfo, Severity } from './problem';
export { hasErrors, problemFrom } from './problem';
export { parseRecord, type RecordFile, type RecordRow } from './record-file';
export { ALL_RULES, RULE_GROUPS } from './rules/all-rules';
export { ARCHIVE_RULES, type ArchiveRuleCode } from './rules/archive-rules';
export { FILENAME_RULES } from './rules/filename-catalog';
export { checkFilename } from './rules/filename-rules';
export { METADATA_RULE_LIST, METADATA_RULES } from './rules/metadata-rules-catalog';
export { type Enforcement, PYPI_ENFORCEMENT } from './rules/pypi-enforcement';
export { PYPI_ONLY_RULES } from './rules/pypi-only';
export { SET_RULES } from './rules/set-catalog';
export { inspectSdist } from './sdist-on-demand';
export { spdxExpressionError, unknownSpdxIds } from './spdx-expression';
export { specifierSetError } from './specifiers';
export type { ArchiveContents, CoreMetadata, Digests, DigestsWithMd5, DistKind, FileReport } from './types';
export { metadataFormFields, metadataFromFormFields } from './upload-form';
export { inspectWheel } from './wheel-contents';
export { parseWheelFile, type WheelFile } from './wheel-file';
