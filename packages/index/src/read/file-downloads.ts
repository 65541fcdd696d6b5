import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { sendError } from '../http/respond';
import type { Storage } from '../storage/storage';

/** `GET /files/<aa>/<bb>/<sha256>/<filename>` and its PEP 658 `<filename>.metadata`. */
export async function serveFile(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  storage: Storage,
): Promise<void> {
  const rel = decodeURIComponent(pathname.slice(1));
  const isMetadata = rel.endsWith('.metadata');
  const filePath = isMetadata ? rel.slice(0, -'.metadata'.length) : rel;
  const filename = filePath.split('/').at(-1) ?? '';
  const row = storage.index.file(filename);
  if (!row || row.path !== filePath || (isMetadata && !row.metadata_sha256)) {
    sendError(req, res, 404, 'Not Found');
    return;
  }
  const absolute = storage.absolute(isMetadata ? `${row.path}.metadata` : row.path);
  const info = await stat(absolute).catch(() => undefined);
  if (!info) {
    sendError(req, res, 404, 'Not Found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': isMetadata ? 'text/plain; charset=utf-8' : 'application/octet-stream',
    'Content-Length': info.size,
    ETag: `"${isMetadata ? row.metadata_sha256 : row.sha256}"`,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await pipeline(createReadStream(absolute), res).catch(() => undefined);
}
