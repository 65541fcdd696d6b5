import type { TrustMaterial } from '@pypi-release/attestations';
import { normalizeName, type Problem } from '@pypi-release/dists';
import type { IndexConfig } from '../config';
import { checkDistFile, checkFormMetadata } from '../dists-bridge';
import { type AuthResult, scopeRefusal } from '../http/auth';
import type { Storage } from '../storage/storage';
import { checkAttestations } from './attestations';
import { filenameMatchError, filenameShapeError } from './filename-checks';
import { cleanFields } from './form-metadata';
import { firstFormError, formValue, validateForm } from './form-rules';
import {
  fileExists,
  fileTooLarge,
  MSG,
  messageForProblem,
  problemDetail,
  projectTooLarge,
  withHelp,
} from './messages';
import type { ReceivedForm } from './receive-form';
import { releaseKey } from './release-key';
import { storeUpload } from './store-upload';

export type UploadOutcome =
  | { readonly kind: 'page' } // no `:action`: PyPI's HTML page, 200
  | { readonly kind: 'ok'; readonly stored: boolean }
  | { readonly kind: 'error'; readonly status: number; readonly message: string };

export interface CheckContext {
  readonly storage: Storage;
  readonly config: IndexConfig;
  /** Base URL for help links (`<help>/help/#invalid-auth`). */
  readonly help: string;
  readonly nowMs: number;
  /** The Sigstore trust material attestations are verified against (built on first use). */
  readonly attestationTrust: () => TrustMaterial;
}

const DAY_MS = 86_400_000;

function refuse(status: number, message: string): UploadOutcome {
  return { kind: 'error', status, message };
}

/** Metadata problems keyed by the form field PyPI would name (description problems come later). */
function metadataErrors(problems: readonly Problem[]): Array<[string, Problem]> {
  const out: Array<[string, Problem]> = [];
  for (const p of problems) {
    if (p.severity !== 'error' || p.code === 'metadata-missing-field' || p.code.startsWith('description'))
      continue;
    if (p.code === 'metadata-name-mismatch' || p.code === 'metadata-version-mismatch') continue;
    out.push([p.code, p]);
  }
  return out;
}

/** PyPI's upload checks, in PyPI's order (PYPI.md §2); stores the file when every check passes. */
export async function checkAndStore(
  received: ReceivedForm,
  auth: AuthResult,
  ctx: CheckContext,
): Promise<UploadOutcome> {
  const action = formValue(received.fields, ':action');
  if (action === undefined) return { kind: 'page' };
  if (action === 'submit') return refuse(410, MSG.preRegistration);
  if (action === 'doc_upload') return refuse(410, MSG.docUpload);
  if (action !== 'file_upload') return refuse(404, 'Not Found');
  if (!auth.ok) return refuse(403, auth.message);
  const identity = auth.identity;
  const fields = cleanFields(received.fields);
  if ((formValue(fields, 'protocol_version') ?? '1') !== '1') return refuse(400, MSG.unknownProtocol);
  const tuple = received.fileFields[0];
  if (tuple !== undefined) return refuse(400, `${tuple}: Should not be a tuple.`);

  const filename = received.file?.filename ?? '';
  const validated = validateForm(fields, ctx.config.policy);
  const { metadata, problems } = checkFormMetadata(fields, filename, ctx.config.policy);
  const errors = validated.ok ? new Map<string, string>() : validated.errors;
  for (const [, problem] of metadataErrors(problems)) {
    const message = messageForProblem(problem, {
      filename,
      help: ctx.help,
      descriptionContentType: undefined,
    });
    const key = /for ([A-Za-z-]+)\./.exec(message)?.[1]?.toLowerCase().replace(/-/g, '_') ?? problem.code;
    if (!errors.has(key)) errors.set(key, message);
  }
  if (!validated.ok || errors.size > 0) return refuse(400, firstFormError(errors));
  const form = validated.form;

  const file = received.file;
  if (!file) return refuse(400, MSG.noFile);
  const normalized = normalizeName(form.name);
  const project = ctx.storage.index.project(normalized);
  if (!project && identity.kind === 'trusted-publisher') return refuse(400, MSG.nonUserCreate);
  const projectName = project?.name ?? form.name;
  const scope = scopeRefusal(identity, projectName);
  if (scope) return refuse(403, scope);

  const render = problems.find((p) => p.severity === 'error' && p.code.startsWith('description'));
  if (render) {
    const descriptionContentType = metadata.fields.get('description-content-type')?.[0];
    return refuse(400, messageForProblem(render, { filename, help: ctx.help, descriptionContentType }));
  }
  const release = project ? ctx.storage.index.release(project.id, releaseKey(form.version)) : undefined;

  const shape = filenameShapeError(filename);
  if (shape) return refuse(400, shape);
  const mismatch = filenameMatchError(filename, projectName, form.version, ctx.config.policy);
  if (mismatch) return refuse(400, mismatch);
  if (!file.contentType || file.contentType.startsWith('image/')) return refuse(400, MSG.invalidDist);
  if (form.filetype !== 'sdist' && form.filetype !== 'bdist_wheel') return refuse(400, MSG.unknownFiletype);
  if ((form.filetype === 'sdist') !== filename.endsWith('.tar.gz')) return refuse(400, MSG.invalidDist);

  if (file.tooLarge) return refuse(400, fileTooLarge(projectName, file.limit, ctx.help));
  if ((project?.total_size ?? 0) + file.size > ctx.config.limits.maxProjectSize) {
    return refuse(400, projectTooLarge(projectName, ctx.config.limits.maxProjectSize, ctx.help));
  }
  const stored = file.stored;
  if (!stored) return refuse(500, 'The upload could not be stored.');
  const digests = stored.digests;
  const sent = form.digests;
  if (
    (sent.sha256 !== undefined && sent.sha256 !== digests.sha256) ||
    (sent.blake2_256 !== undefined && sent.blake2_256 !== digests.blake2_256) ||
    (sent.md5 !== undefined && sent.md5 !== digests.md5)
  ) {
    return refuse(400, MSG.digestMismatch);
  }

  const existing = ctx.storage.index.filesLike(filename, digests.blake2_256);
  if (existing.length > 0) {
    const same = existing.every((row) => row.filename === filename && row.sha256 === digests.sha256);
    return same
      ? { kind: 'ok', stored: false }
      : refuse(400, fileExists(filename, digests.blake2_256, ctx.help));
  }
  if (ctx.storage.index.isDeletedFilename(filename))
    return refuse(400, withHelp(MSG.deletedFilename, ctx.help));
  const days = ctx.config.rules.oldReleaseDays;
  if (release && ctx.nowMs - release.created_ms > days * DAY_MS) {
    return refuse(400, MSG.oldRelease.replace('{days}', String(days)));
  }
  if (form.filetype === 'sdist' && release && ctx.storage.index.releaseHasSdist(release.id)) {
    return refuse(400, MSG.oneSdist);
  }

  const report = await checkDistFile(stored.temp.path, filename, stored.digests, ctx.config.policy);
  const problem = report.problems.find((p) => p.severity === 'error');
  if (problem) {
    const descriptionContentType = report.metadata?.fields.get('description-content-type')?.[0];
    const message = messageForProblem(problem, { filename, help: ctx.help, descriptionContentType });
    return refuse(400, message || `${MSG.invalidDist} ${problemDetail(problem)}`);
  }

  // Warehouse verifies attestations after every check of the file and before storing it (forklift/legacy.py).
  const attestationsField = formValue(received.fields, 'attestations');
  let provenance: string | undefined;
  if (attestationsField !== undefined) {
    const checked = checkAttestations({
      field: attestationsField,
      identity,
      filename,
      sha256: digests.sha256,
      trust: ctx.attestationTrust(),
    });
    if (!checked.ok) return refuse(400, checked.message);
    provenance = JSON.stringify(checked.provenance);
  }

  const result = await storeUpload(ctx.storage, {
    form,
    metadata,
    projectName: project?.name,
    filename,
    tempPath: stored.temp.path,
    digests,
    provenance,
    nowMs: ctx.nowMs,
  });
  if (result === 'conflict') return refuse(400, fileExists(filename, digests.blake2_256, ctx.help));
  return { kind: 'ok', stored: result === 'stored' };
}
