import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { hashFile } from '@pypi-release/dists';

export type Fields = Array<[string, string]>;

export interface FilePart {
  readonly name?: string;
  readonly filename: string;
  readonly contentType?: string | undefined;
  readonly data: Buffer;
}

/** A multipart/form-data body, built by hand so tests can send anything (bad filenames, odd parts). */
export function encodeForm(
  fields: Fields,
  files: readonly FilePart[] = [],
): { body: Buffer; contentType: string } {
  const boundary = `----test${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of fields) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  for (const file of files) {
    const type = file.contentType === undefined ? '' : `Content-Type: ${file.contentType}\r\n`;
    const filename = file.filename.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.name ?? 'content'}"; filename="${filename}"\r\n${type}\r\n`,
      ),
      file.data,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The form twine sends for a dist (PYPI.md §2), for a project named `name` at `version`. */
export async function distForm(
  path: string,
  name: string,
  version: string,
  extra: Fields = [],
): Promise<{ fields: Fields; file: FilePart }> {
  const digests = await hashFile(path);
  const data = await readFile(path);
  const wheel = path.endsWith('.whl');
  const fields: Fields = [
    [':action', 'file_upload'],
    ['protocol_version', '1'],
    ['metadata_version', '2.3'],
    ['name', name],
    ['version', version],
    ['filetype', wheel ? 'bdist_wheel' : 'sdist'],
    ['pyversion', wheel ? 'py3' : 'source'],
    ['summary', 'A demo package'],
    ['requires_python', '>=3.8'],
    ['description_content_type', 'text/markdown'],
    ['description', `# ${name}\n\nA demo package.\n`],
    ['md5_digest', createHash('md5').update(data).digest('hex')],
    ['sha256_digest', digests.sha256],
    ['blake2_256_digest', digests.blake2_256],
    ...extra,
  ];
  return {
    fields,
    file: { filename: basename(path), contentType: 'application/octet-stream', data },
  };
}

export function basicAuth(token: string, user = '__token__'): string {
  return `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}`;
}

export interface PostOptions {
  readonly token?: string | undefined;
  readonly json?: boolean;
  readonly authorization?: string;
}

/** POSTs a form to the upload URL; returns status, reason phrase, content type and body text. */
export async function postForm(
  url: string,
  fields: Fields,
  files: readonly FilePart[],
  options: PostOptions = {},
): Promise<{ status: number; reason: string; type: string; text: string; headers: Headers }> {
  const { body, contentType } = encodeForm(fields, files);
  const headers: Record<string, string> = { 'Content-Type': contentType };
  if (options.json !== false) headers.Accept = 'application/json';
  const auth = options.authorization ?? (options.token ? basicAuth(options.token) : undefined);
  if (auth) headers.Authorization = auth;
  const res = await fetch(url, { method: 'POST', headers, body, redirect: 'manual' });
  return {
    status: res.status,
    reason: res.statusText,
    type: res.headers.get('content-type') ?? '',
    headers: res.headers,
    text: await res.text(),
  };
}
