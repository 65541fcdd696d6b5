import type { Problem } from '@pypi-release/dists';
import { METADATA_HELP } from './form-rules';

/** PyPI's upload messages (PYPI.md §2), with `{help}` standing for the index's base URL. */
export const MSG = {
  unknownProtocol: 'Unknown protocol version.',
  noFile: 'Upload payload does not have a file.',
  nonUserCreate:
    'Non-user identities cannot create new projects. This was probably caused by successfully using a pending ' +
    "publisher but specifying the project name incorrectly (either in the publisher or in your project's " +
    'metadata). Please ensure that both match. See: https://docs.pypi.org/trusted-publishers/troubleshooting/',
  separators: "Cannot upload a file with '/' or '\\' in the name.",
  controlCharacters: 'Cannot upload a file with control characters in the name.',
  extension:
    'Invalid file extension: Use .tar.gz or .whl extension. See https://www.python.org/dev/peps/pep-0527 and ' +
    'https://peps.python.org/pep-0715/ for more information.',
  invalidDist: 'Invalid distribution file.',
  unknownFiletype: 'Unknown type of file.',
  digestMismatch: 'The digest supplied does not match a digest calculated from the uploaded file.',
  deletedFilename:
    'This filename was previously used by a file that has since been deleted. Use a different version. ' +
    'See {help}/help/#file-name-reuse for more information.',
  oldRelease: 'Uploading new files to releases older than {days} days is not allowed.',
  oneSdist: 'Only one sdist may be uploaded per release.',
  preRegistration: 'Project pre-registration is no longer required or supported, upload your files instead.',
  docUpload: 'Uploading documentation is no longer supported, we recommend using https://readthedocs.org/.',
} as const;

export function withHelp(message: string, help: string): string {
  return message.replaceAll('{help}', help);
}

export function fileTooLarge(project: string, limit: number, help: string): string {
  return `File too large. Limit for project '${project}' is ${Math.floor(limit / (1024 * 1024))} MB. See ${help}/help/#file-size-limit for more information.`;
}

export function projectTooLarge(project: string, limit: number, help: string): string {
  return `Project size too large. Limit for project '${project}' total size is ${Math.floor(limit / 1024 ** 3)} GB. See ${help}/help/#project-size-limit`;
}

export function fileExists(filename: string, blake2: string, help: string): string {
  return `File already exists ('${filename}', with blake2_256 hash ${blake2}). See ${help}/help/#file-name-reuse for more information.`;
}

export function sdistFilenameInvalid(filename: string, expected: string): string {
  return `Filename '${filename}' is invalid, should be '${expected}'.`;
}

export function startFilename(project: string, prefix: string): string {
  return `Start filename for '${project}' with '${prefix}'.`;
}

export function versionInFilename(expected: string, found: string): string {
  return `Version in filename should be '${expected}' not '${found}'.`;
}

export function unsupportedPlatform(filename: string, tag: string): string {
  return `Binary wheel '${filename}' has an unsupported platform tag '${tag}'.`;
}

export function invalidWheelFilename(filename: string): string {
  return `Invalid wheel filename (wrong number of parts): '${filename.replace(/\.whl$/, '')}'`;
}

/** The specific part of a dists problem message ("<file>: <detail>. Rule: … Fix: …"). */
export function problemDetail(problem: Problem): string {
  const start = problem.message.indexOf(': ');
  const end = problem.message.indexOf('. Rule: ');
  if (start >= 0 && end > start) return problem.message.slice(start + 2, end);
  return problem.message;
}

/** Metadata rule codes → the core metadata field PyPI names in its message, and its form field. */
const METADATA_FIELD_OF: Record<string, readonly [string, string]> = {
  'metadata-version-unsupported': ['Metadata-Version', 'metadata_version'],
  'metadata-name': ['Name', 'name'],
  'metadata-version': ['Version', 'version'],
  'metadata-local-version': ['Version', 'version'],
  'metadata-summary': ['Summary', 'summary'],
  'metadata-email': ['Author-email', 'author_email'],
  'metadata-url': ['Home-page', 'home_page'],
  'metadata-project-url': ['Project-URL', 'project_urls'],
  'metadata-direct-url-dependency': ['Requires-Dist', 'requires_dist'],
  'metadata-requirement': ['Requires-Dist', 'requires_dist'],
  'metadata-classifier-unknown': ['Classifier', 'classifiers'],
  'metadata-classifier-private': ['Classifier', 'classifiers'],
  'metadata-license-conflict': ['License-Expression', 'license_expression'],
  'metadata-license-expression': ['License-Expression', 'license_expression'],
  'metadata-dynamic': ['Dynamic', 'dynamic'],
  'metadata-description-content-type': ['Description-Content-Type', 'description_content_type'],
};

/** The quoted value in a problem detail (`Summary is '…'`), when there is one. */
function quotedValue(detail: string): string | undefined {
  const match = /'([^']*)'/.exec(detail);
  return match?.[1];
}

export interface MessageContext {
  readonly filename: string;
  readonly help: string;
  readonly descriptionContentType: string | undefined;
}

/**
 * PyPI's message for a problem found by the dists rules: metadata problems in the
 * `'<value>' is an invalid value for <Field>.` form, archive problems as `Invalid distribution file.`.
 */
export function messageForProblem(problem: Problem, ctx: MessageContext): string {
  const detail = problemDetail(problem);
  const field = METADATA_FIELD_OF[problem.code];
  if (field) {
    const value = quotedValue(detail) ?? '';
    return `'${value}' is an invalid value for ${field[0]}. Error: ${detail}. ${METADATA_HELP}`;
  }
  switch (problem.code) {
    case 'description-render':
      return ctx.descriptionContentType
        ? `The description failed to render for '${ctx.descriptionContentType}'. See ${ctx.help}/help/#description-content-type for more information.`
        : `The description failed to render in the default format of reStructuredText. See ${ctx.help}/help/#description-content-type for more information.`;
    case 'wheel-metadata-missing':
    case 'wheel-dist-info-missing':
      return `Wheel '${ctx.filename}' does not contain the required METADATA file: ${detail}`;
    case 'filename-characters':
      return MSG.separators;
    case 'filename-extension':
      return MSG.extension;
    default:
      return `${MSG.invalidDist} ${detail}`;
  }
}
