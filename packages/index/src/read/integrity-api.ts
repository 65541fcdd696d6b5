import type { IncomingMessage, ServerResponse } from 'node:http';
import { normalizeName } from '@pypi-release/dists';
import { send, sendError } from '../http/respond';
import type { Storage } from '../storage/storage';
import { releaseKey } from '../upload/release-key';

/** Warehouse api/integrity.py: its JSON type first, then plain JSON. */
const OFFERS = ['application/vnd.pypi.integrity.v1+json', 'application/json'] as const;

/** The Integrity API URL of a file's provenance (PEP 740), as the simple API links it. */
export function provenanceUrl(
  base: string,
  project: string,
  file: { version: string; filename: string },
): string {
  const segments = [project, file.version, file.filename].map(encodeURIComponent).join('/');
  return `${base}/integrity/${segments}/provenance`;
}

/**
 * `GET /integrity/<project>/<version>/<filename>/provenance` (Warehouse `provenance_for_file`): 406 when the
 * Accept header allows neither JSON type, 404 for an unknown file or one uploaded without attestations.
 */
export function serveProvenance(
  req: IncomingMessage,
  res: ServerResponse,
  segments: { project: string; version: string; filename: string },
  storage: Storage,
): void {
  const file = storage.index.file(segments.filename);
  const project = storage.index.project(normalizeName(segments.project));
  const release = project && storage.index.release(project.id, releaseKey(segments.version));
  if (!file || !release || file.release_id !== release.id) {
    sendError(req, res, 404, 'Not Found');
    return;
  }
  const contentType = selectContentType(req.headers.accept);
  const message = (status: number, text: string): void =>
    send(res, status, 'application/json', JSON.stringify({ message: text }), { Vary: 'Accept' });
  if (contentType === undefined) {
    message(406, 'Request not acceptable');
    return;
  }
  const provenance = storage.index.provenanceOf(file.id);
  if (provenance === undefined) {
    message(404, `No provenance available for ${file.filename}`);
    return;
  }
  send(res, 200, contentType, provenance, { Vary: 'Accept', 'Access-Control-Allow-Origin': '*' });
}

/** WebOb's `acceptable_offers`: no header accepts every offer; otherwise the best q > 0, ties in offer order. */
export function selectContentType(accept: string | undefined): string | undefined {
  if (accept === undefined || accept.trim() === '') return OFFERS[0];
  let best: { type: string; q: number; index: number } | undefined;
  for (const item of accept.split(',')) {
    const [range = '', ...params] = item.split(';').map((part) => part.trim().toLowerCase());
    const qParam = params.find((param) => param.startsWith('q='));
    const q = qParam === undefined ? 1 : Number.parseFloat(qParam.slice(2));
    if (!(q > 0)) continue;
    OFFERS.forEach((offer, index) => {
      const matches = range === offer || range === '*/*' || range === `${offer.split('/')[0]}/*`;
      if (matches && (!best || q > best.q || (q === best.q && index < best.index)))
        best = { type: offer, q, index };
    });
  }
  return best?.type;
}
