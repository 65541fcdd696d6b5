import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleFaultsAdmin, isLoopback } from './admin-routes';
import type { FaultInjector } from './faults';
import type { Authenticator } from './http/auth';
import { redirect, send, sendError } from './http/respond';
import type { OidcRoutes } from './oidc-bridge';
import { serveFile } from './read/file-downloads';
import { serveProvenance } from './read/integrity-api';
import { serveJsonApi } from './read/json-api';
import { serveSimpleIndex, serveSimpleProject } from './read/simple-api';
import type { Storage } from './storage/storage';
import { handleUpload, type UploadDeps } from './upload/upload-handler';

export interface RouterDeps {
  readonly storage: Storage;
  readonly upload: UploadDeps;
  readonly oidc: OidcRoutes;
  /** Present when the index was started with faults enabled (the admin endpoint exists). */
  readonly adminFaults: FaultInjector | undefined;
  /** The index's own URL, for absolute file URLs. */
  base(): string;
  /** How reads are served: behind authentication (a private index), and as HTML only. */
  readonly read: ReadAccess;
}

export interface ReadAccess {
  readonly authOnRead: boolean;
  readonly htmlOnly: boolean;
  readonly auth: Authenticator;
  readonly clock: () => number;
}

const READ_REALM = 'Basic realm="pypi-release local index", charset="UTF-8"';

/**
 * Whether this read may proceed; answers 401 (with `WWW-Authenticate`, which pip needs before it offers
 * credentials from netrc or keyring) when the index needs authentication on reads and the request has none valid.
 */
function readAllowed(req: IncomingMessage, res: ServerResponse, access: ReadAccess): boolean {
  if (!access.authOnRead) return true;
  const result = access.auth.authenticate(req.headers.authorization, Math.floor(access.clock() / 1000));
  if (result.ok) return true;
  const message =
    req.headers.authorization === undefined
      ? 'Authentication required: this index needs credentials (HTTP Basic, a token or an account) to be read'
      : result.message;
  sendError(req, res, 401, message, { 'WWW-Authenticate': READ_REALM });
  return false;
}

function methodNotAllowed(req: IncomingMessage, res: ServerResponse, allowed: string): void {
  sendError(req, res, 405, 'Method Not Allowed', { Allow: allowed });
}

const LANDING = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>pypi-release local index</title></head>
<body><h1>pypi-release local index</h1><p>Upload: <code>/legacy/</code>. Simple index: <a href="/simple/">/simple/</a>.</p></body></html>
`;

/** Dispatches one request to the upload API, the read APIs, Trusted Publishing, or the fault admin endpoint. */
export async function route(req: IncomingMessage, res: ServerResponse, deps: RouterDeps): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://index.invalid');
  const path = url.pathname;
  const method = req.method ?? 'GET';
  const read = method === 'GET' || method === 'HEAD';

  if (path === '/legacy') {
    redirect(res, 308, `/legacy/${url.search}`);
    return;
  }
  if (path === '/legacy/') {
    if (method !== 'POST') return methodNotAllowed(req, res, 'POST');
    return handleUpload(req, res, deps.upload);
  }
  if (path === '/_/oidc/audience') {
    if (!read) return methodNotAllowed(req, res, 'GET');
    return deps.oidc.audience(res);
  }
  if (path === '/_/oidc/mint-token') {
    if (method !== 'POST') return methodNotAllowed(req, res, 'POST');
    return deps.oidc.mintToken(req, res);
  }
  if (path === '/_admin/faults' && deps.adminFaults && isLoopback(req)) {
    if (method !== 'POST' && method !== 'GET') return methodNotAllowed(req, res, 'GET, POST');
    return handleFaultsAdmin(req, res, deps.adminFaults);
  }
  if (!read) return methodNotAllowed(req, res, 'GET, HEAD');
  if (path === '/') return send(res, 200, 'text/html; charset=utf-8', LANDING);
  if (!readAllowed(req, res, deps.read)) return;
  const htmlOnly = deps.read.htmlOnly;
  if (path === '/simple') return redirect(res, 301, `/simple/${url.search}`);
  if (path === '/simple/') return serveSimpleIndex(req, res, url, deps.storage, htmlOnly);
  const simple = /^\/simple\/([^/]+)\/?$/.exec(path);
  if (simple?.[1]) {
    const name = decodeURIComponent(simple[1]);
    return serveSimpleProject(req, res, url, name, deps.storage, deps.base(), htmlOnly);
  }
  const json = /^\/pypi\/([^/]+)\/(?:([^/]+)\/)?json\/?$/.exec(path);
  if (json?.[1] && !htmlOnly) {
    const version = json[2] === undefined ? undefined : decodeURIComponent(json[2]);
    return serveJsonApi(req, res, decodeURIComponent(json[1]), version, deps.storage, deps.base());
  }
  if (path.startsWith('/files/')) return serveFile(req, res, path, deps.storage);
  const integrity = /^\/integrity\/([^/]+)\/([^/]+)\/([^/]+)\/provenance\/?$/.exec(path);
  if (integrity) {
    const [project = '', version = '', filename = ''] = integrity
      .slice(1)
      .map((s) => decodeURIComponent(s ?? ''));
    return serveProvenance(req, res, { project, version, filename }, deps.storage);
  }
  sendError(req, res, 404, 'Not Found');
}
