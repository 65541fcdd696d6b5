export type { Problem, RuleInfo, Severity } from './problem';
export { hasErrors, problemFrom } from './problem';
export { DistsError, type DistsErrorCode } from './errors';
export type { ArchiveContents, Digests, DistKind } from './types';
export { escapeName, isValidProjectName, localVersionPart, normalizeName, normalizeVersion } from './names';
