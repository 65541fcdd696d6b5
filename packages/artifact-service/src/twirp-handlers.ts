import * as z from '@pypi-release/zod';
import type { BlobStore } from './blob-store';
import type { ArtifactRecord, ArtifactRegistry } from './registry';
import type { BackendIds } from './runtime-token';
import { type TwirpReply, twirpError } from './twirp-errors';

export const SERVICE = 'github.actions.results.api.v1.ArtifactService';

export interface HandlerContext {
  readonly registry: ArtifactRegistry;
  readonly blobs: BlobStore;
  /** The run and job of the caller's runtime token. */
  readonly caller: BackendIds;
  readonly now: () => Date;
  /** Called for GetSignedArtifactURL: may hand out another blob (fault injection). */
  readonly downloadBlob: (record: ArtifactRecord) => Promise<string>;
}

// Proto3 JSON as the client sends it (`useProtoFieldName`): snake_case, int64 as strings, wrappers as plain values.
const ids = {
  workflow_run_backend_id: z.string().check(z.minLength(1)),
  workflow_job_run_backend_id: z.string().check(z.minLength(1)),
};
const int64 = z.pipe(
  z.union([z.string().check(z.regex(/^\d+$/)), z.number().check(z.int(), z.nonnegative())]),
  z.transform(Number),
);
const schemas = {
  CreateArtifact: z.object({
    ...ids,
    name: z.string().check(z.minLength(1)),
    mime_type: z.optional(z.string()),
  }),
  FinalizeArtifact: z.object({
    ...ids,
    name: z.string().check(z.minLength(1)),
    size: z.optional(int64),
    hash: z.optional(z.string()),
  }),
  ListArtifacts: z.object({ ...ids, name_filter: z.optional(z.string()), id_filter: z.optional(int64) }),
  GetSignedArtifactURL: z.object({ ...ids, name: z.string().check(z.minLength(1)) }),
  DeleteArtifact: z.object({ ...ids, name: z.string().check(z.minLength(1)) }),
};

export type TwirpMethod = keyof typeof schemas;

export function isTwirpMethod(method: string): method is TwirpMethod {
  return Object.hasOwn(schemas, method);
}

/** Answers one Twirp call of an authenticated caller. */
export async function handleTwirp(
  method: TwirpMethod,
  body: unknown,
  ctx: HandlerContext,
): Promise<TwirpReply> {
  const parsed = schemas[method].safeParse(body);
  if (!parsed.success) return twirpError('invalid_argument', `${method}: ${z.prettifyError(parsed.error)}`);
  if (parsed.data.workflow_run_backend_id !== ctx.caller.runId) {
    const claimed = parsed.data.workflow_run_backend_id;
    return twirpError(
      'permission_denied',
      `the runtime token is for run ${ctx.caller.runId}, not ${claimed}`,
    );
  }
  return handlers[method](parsed.data as never, ctx);
}

type Handlers = {
  [M in TwirpMethod]: (request: z.infer<(typeof schemas)[M]>, ctx: HandlerContext) => Promise<TwirpReply>;
};

const handlers: Handlers = {
  CreateArtifact: async (request, ctx) => {
    const { name } = request;
    const artifact = {
      runId: ctx.caller.runId,
      jobId: request.workflow_job_run_backend_id,
      name,
      mimeType: request.mime_type ?? 'application/zip',
    };
    const record = ctx.registry.create(artifact, ctx.now());
    if (!record) {
      return twirpError(
        'already_exists',
        `an artifact with the name "${name}" already exists on this workflow run`,
      );
    }
    return { status: 200, body: { ok: true, signed_upload_url: ctx.blobs.uploadUrl(record.blobName) } };
  },
  FinalizeArtifact: async ({ name, size, hash }, ctx) => {
    const record = ctx.registry.find(ctx.caller.runId, name);
    if (!record || record.finalized) return twirpError('not_found', `no pending artifact named "${name}"`);
    const stored = await ctx.blobs.size(record.blobName);
    if (stored === undefined) return twirpError('not_found', `artifact "${name}" has no uploaded content`);
    if (size !== undefined && size !== stored) {
      return twirpError('invalid_argument', `artifact "${name}": ${size} bytes reported, ${stored} stored`);
    }
    record.finalized = true;
    record.size = stored;
    if (hash !== undefined) record.digest = hash;
    return { status: 200, body: { ok: true, artifact_id: String(record.id) } };
  },
  ListArtifacts: async ({ name_filter: nameFilter, id_filter: idFilter }, ctx) => {
    const artifacts = ctx.registry
      .list(ctx.caller.runId)
      .filter((r) => nameFilter === undefined || r.name === nameFilter)
      .filter((r) => idFilter === undefined || r.id === idFilter)
      .map(listed);
    return { status: 200, body: { artifacts } };
  },
  GetSignedArtifactURL: async ({ name }, ctx) => {
    const record = finalized(ctx, name);
    if (!record) return twirpError('not_found', `no artifact named "${name}" in this workflow run`);
    const blobName = await ctx.downloadBlob(record);
    const filename = record.mimeType === 'application/zip' ? undefined : record.name;
    return { status: 200, body: { signed_url: ctx.blobs.downloadUrl(blobName, filename) } };
  },
  DeleteArtifact: async ({ name }, ctx) => {
    const record = finalized(ctx, name);
    if (!record) return twirpError('not_found', `no artifact named "${name}" in this workflow run`);
    ctx.registry.remove(record);
    await ctx.blobs.remove(record.blobName);
    return { status: 200, body: { ok: true, artifact_id: String(record.id) } };
  },
};

function finalized(ctx: HandlerContext, name: string): ArtifactRecord | undefined {
  const record = ctx.registry.find(ctx.caller.runId, name);
  return record?.finalized ? record : undefined;
}

function listed(record: ArtifactRecord): Record<string, unknown> {
  return {
    workflow_run_backend_id: record.runId,
    workflow_job_run_backend_id: record.jobId,
    database_id: String(record.id),
    name: record.name,
    size: String(record.size),
    created_at: record.createdAt.toISOString(),
    ...(record.digest === undefined ? {} : { digest: record.digest }),
  };
}
