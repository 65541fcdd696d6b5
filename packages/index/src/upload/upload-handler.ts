import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TrustMaterial } from '@pypi-release/attestations';
import { normalizeName } from '@pypi-release/dists';
import type { IndexConfig } from '../config';
import { type ActiveFault, FAULT_STATUS, type FaultInjector, faultRetryAfter } from '../faults';
import type { Authenticator } from '../http/auth';
import { MultipartError } from '../http/multipart';
import { send, sendError, wantsJson } from '../http/respond';
import type { Storage } from '../storage/storage';
import { receiveForm } from './receive-form';
import { checkAndStore, type UploadOutcome } from './upload-checks';

export interface UploadDeps {
  readonly storage: Storage;
  readonly config: IndexConfig;
  readonly auth: Authenticator;
  readonly faults: FaultInjector | undefined;
  readonly clock: () => number;
  readonly help: string;
  /** The Sigstore trust material attestations are verified against (built on first use). */
  readonly attestationTrust: () => TrustMaterial;
}

/** Thrown when a fault cut the connection: nothing is answered. */
class ConnectionFault extends Error {}

const UPLOAD_PAGE = `<!DOCTYPE html>
<html lang="en">
  <head><meta charset="utf-8"><title>Upload API</title></head>
  <body>
    <h1>PyPI-compatible upload API</h1>
    <p>This URL is meant for upload clients such as twine, which send <code>:action=file_upload</code>.</p>
  </body>
</html>
`;

function okBody(req: IncomingMessage, res: ServerResponse): void {
  if (wantsJson(req)) {
    send(res, 200, 'application/json', JSON.stringify({ message: '', code: '200 OK', title: 'OK' }));
  } else {
    send(
      res,
      200,
      'text/html; charset=UTF-8',
      '<html>\n <head>\n  <title>200 OK</title>\n </head>\n <body>\n  <h1>200 OK</h1>\n  <br/><br/>\n\n\n\n </body>\n</html>',
    );
  }
}

/** `POST /legacy/`: receive the form, run PyPI's checks, answer like PyPI (faults permitting). */
export async function handleUpload(
  req: IncomingMessage,
  res: ServerResponse,
  deps: UploadDeps,
): Promise<void> {
  const nowMs = deps.clock();
  const nowSeconds = Math.floor(nowMs / 1000);
  let auth = deps.auth.authenticate(req.headers.authorization, nowSeconds);
  const limits = deps.config.limits;
  const onConnectionFault = async (fault: ActiveFault): Promise<never> => {
    if (fault.kind === 'reset') {
      req.socket.resetAndDestroy();
    } else if (!req.socket.destroyed) {
      req.pause();
      await once(req.socket, 'close');
    }
    throw new ConnectionFault(fault.kind);
  };
  let received: Awaited<ReturnType<typeof receiveForm>>;
  try {
    received = await receiveForm(req, {
      tmpDir: deps.storage.tmpDir,
      limits: {
        maxFields: limits.maxFields,
        maxFieldSize: limits.maxFormFieldSize,
        maxHeaderSize: limits.maxPartHeaderSize,
      },
      keepFile: auth.ok,
      fileLimit: (name) => {
        const perProject = name === undefined ? undefined : limits.perProject[normalizeName(name)];
        return Math.max(limits.maxFileSize, perProject?.maxFileSize ?? 0);
      },
      faults: deps.faults,
      onConnectionFault,
    });
  } catch (error) {
    if (error instanceof ConnectionFault) return;
    if (error instanceof MultipartError) {
      sendError(req, res, 400, `Invalid multipart/form-data body: ${error.message}.`);
      return;
    }
    throw error;
  }
  const temp = received.file?.stored?.temp;
  const fault = received.fault;
  if (fault?.kind === 'revoke-token' || fault?.kind === 'expire-token') {
    deps.auth.invalidate(
      req.headers.authorization,
      fault.kind === 'revoke-token' ? 'revoked' : 'expired',
      nowSeconds,
    );
    auth = deps.auth.authenticate(req.headers.authorization, nowSeconds);
  }
  const injected = fault === undefined ? undefined : FAULT_STATUS[fault.kind];
  let outcome: UploadOutcome;
  try {
    outcome = injected
      ? { kind: 'error', status: injected.status, message: injected.reason }
      : await checkAndStore(received, auth, {
          storage: deps.storage,
          config: deps.config,
          help: deps.help,
          nowMs,
          attestationTrust: deps.attestationTrust,
        });
  } finally {
    await temp?.discard(); // before answering: a client that saw the answer finds no temporary file
  }
  if (injected && fault) {
    const retryAfter = faultRetryAfter(fault);
    const headers: Record<string, string> =
      retryAfter !== undefined ? { 'Retry-After': String(retryAfter) } : {};
    sendError(req, res, injected.status, injected.reason, headers);
    return;
  }
  if (outcome.kind === 'ok' && fault?.kind === 'drop-after-store') {
    req.socket.destroy();
    return;
  }
  if (outcome.kind === 'page') send(res, 200, 'text/html; charset=UTF-8', UPLOAD_PAGE);
  else if (outcome.kind === 'ok') okBody(req, res);
  else sendError(req, res, outcome.status, outcome.message);
}
