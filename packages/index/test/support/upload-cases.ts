import { createHash } from 'node:crypto';
import { startTestIndex, type TestIndex, TOKEN } from './test-index';
import { distForm, type Fields, type FilePart, postForm } from './upload-form';

export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Runs `fn` against a fresh index (closed afterwards). */
export async function withIndex(
  fn: (index: TestIndex) => Promise<void>,
  config = {},
  clock?: () => number,
): Promise<void> {
  const index = await startTestIndex(config, clock ? { clock } : {});
  try {
    await fn(index);
  } finally {
    await index.dispose();
  }
}

export function set(fields: Fields, key: string, value: string | undefined): Fields {
  const out = fields.filter(([k]) => k !== key);
  if (value !== undefined) out.push([key, value]);
  return out;
}

export async function upload(
  index: TestIndex,
  path: string,
  options: { token?: string; edit?: (f: Fields) => Fields; file?: Partial<FilePart>; json?: boolean } = {},
) {
  const form = await distForm(path, 'demo-pkg', '1.0.0');
  const fields = options.edit ? options.edit(form.fields) : form.fields;
  return postForm(index.uploadUrl, fields, [{ ...form.file, ...options.file }], {
    token: options.token ?? TOKEN,
    json: options.json ?? true,
  });
}
