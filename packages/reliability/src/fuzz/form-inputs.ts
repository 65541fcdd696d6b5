import { buildZip, wheelMembers } from '@pypi-release/testkit';
import fc from 'fast-check';
import { applyByteEdits, byteEdits, describeByteEdit } from './byte-edits';

/** One upload request: its Content-Type, body, how the body is cut into writes, and the index's limits. */
export interface FormInput {
  readonly how: string;
  readonly contentType: string | undefined;
  readonly body: Buffer;
  /** Sizes of the first writes (cycled, up to 256 writes); the loopback socket may still merge or split them. */
  readonly writes: readonly number[];
  /** Transfer-Encoding: chunked instead of a Content-Length. */
  readonly chunked: boolean;
  readonly limits: {
    readonly maxFields: number;
    readonly maxFieldSize: number;
    readonly maxHeaderSize: number;
  };
  readonly keepFile: boolean;
  readonly fileLimit: number;
}

const SEED_WHEEL = buildZip(wheelMembers());
const MIB = 1024 * 1024;

/** What twine sends for a wheel: the fields, then the file. */
const TWINE_FIELDS: ReadonlyArray<readonly [string, string]> = [
  [':action', 'file_upload'],
  ['protocol_version', '1'],
  ['metadata_version', '2.1'],
  ['name', 'demo_pkg'],
  ['version', '1.0'],
  ['filetype', 'bdist_wheel'],
  ['pyversion', 'py3'],
  ['sha256_digest', 'a'.repeat(64)],
  ['classifiers', 'Programming Language :: Python :: 3'],
  ['classifiers', 'Topic :: Utilities'],
];

const boundary = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom('XyZ', '----formboundary7MA4YWxkTrZu0gW', 'a', '-', '--', 'x'.repeat(70)),
  },
  { weight: 2, arbitrary: fc.stringMatching(/^[0-9A-Za-z'()+_,./:=?-]{1,70}$/) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(71), 'a b', ' ', '"', 'é', ';', 'a\tb') },
);

const CONTENT_TYPES: ReadonlyArray<(b: string) => string | undefined> = [
  (b) => `multipart/form-data; boundary=${b}`,
  (b) => `multipart/form-data; boundary="${b}"`,
  (b) => `MULTIPART/FORM-DATA;BOUNDARY=${b}`,
  (b) => `multipart/form-data; charset=utf-8; boundary=${b}; x=y`,
  (b) => `multipart/form-data; boundary=${b}; boundary=other`,
  () => 'multipart/form-data',
  (b) => `multipart/mixed; boundary=${b}`,
  () => 'application/x-www-form-urlencoded',
  () => undefined,
];

const FIELD_NAMES = [
  ':action',
  'name',
  'version',
  'content',
  'gpg_signature',
  'classifiers',
  'description',
  '',
  'naïve',
];
const FILENAMES = [
  'demo_pkg-1.0-py3-none-any.whl',
  'demo_pkg-1.0.tar.gz',
  '',
  '../../etc/passwd',
  'a\\"b.whl',
  'é.whl',
];

const disposition = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom(...FIELD_NAMES), fc.option(fc.constantFrom(...FILENAMES), { nil: undefined }))
      .map(([name, filename]) => {
        const file = filename === undefined ? '' : `; filename="${filename}"`;
        return `Content-Disposition: form-data; name="${name}"${file}`;
      }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'Content-Disposition: attachment; name="x"',
      'Content-Disposition: form-data',
      'Content-Disposition: form-data; name=',
      'Content-Disposition: form-data; name="unterminated',
      'Content-Disposition: form-data; name=bare; filename=bare.whl',
      'Content-Disposition: form-data; name*=UTF-8\'\'x; name="y"',
      `Content-Disposition: form-data; name="${'n'.repeat(20_000)}"`,
    ),
  },
);

const extraHeader = fc.oneof(
  fc.constantFrom(
    'Content-Type: application/octet-stream',
    'Content-Type: text/plain; charset=latin-1',
    'no colon in this line',
    ': value without a name',
    'X-Empty:',
    `X-Long: ${'y'.repeat(20_000)}`,
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Part bodies: field values, the seed wheel, random bytes, and bytes that imitate (part of) a delimiter. */
function partBody(b: string): fc.Arbitrary<Buffer> {
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom('file_upload', '1', 'demo_pkg', '1.0', '').map((v) => Buffer.from(v)),
    },
    { weight: 1, arbitrary: fc.constant(SEED_WHEEL) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 300 }).map((v) => Buffer.from(v)) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(
          `\r\n--${b.slice(0, -1)}`,
          `\r\n-${b}`,
          `\r\n--${b}x`,
          `--${b}--`,
          '\r\n\r\n',
          '\r',
          `\n--${b}\r\n`,
        )
        .map((v) => Buffer.from(v)),
    },
    { weight: 1, arbitrary: fc.constantFrom(65, 4 * MIB + 1).map((n) => Buffer.alloc(n, 0x61)) },
  );
}

const part = (b: string) =>
  fc.record({ headers: fc.tuple(disposition, fc.array(extraHeader, { maxLength: 2 })), body: partBody(b) });

function assemble(
  b: string,
  parts: ReadonlyArray<{ headers: readonly [string, readonly string[]]; body: Buffer }>,
  preamble: string,
  closing: string,
): Buffer {
  const chunks: Buffer[] = [Buffer.from(preamble)];
  for (const { headers, body } of parts) {
    chunks.push(
      Buffer.from(`--${b}\r\n${[headers[0], ...headers[1]].join('\r\n')}\r\n\r\n`),
      body,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${b}${closing}`));
  return Buffer.concat(chunks);
}

const twineParts = TWINE_FIELDS.map(([name, value]) => ({
  headers: [`Content-Disposition: form-data; name="${name}"`, []] as const,
  body: Buffer.from(value),
}));

const formBody = boundary.chain((b) =>
  fc
    .record({
      parts: fc.oneof(
        fc.constant(twineParts),
        fc.array(part(b), { maxLength: 6 }),
        fc.array(part(b), { maxLength: 3 }).map((extra) => [...twineParts, ...extra]),
      ),
      file: fc.boolean(),
      preamble: fc.constantFrom('', 'preamble\r\n', '\r\n', `--${b}x\r\n`),
      closing: fc.constantFrom('--\r\n', '--', '', '  \r\n--\r\n', '--\r\nepilogue', '\r\n'),
      lf: fc.boolean(),
      edits: byteEdits(3),
    })
    .map(({ parts, file, preamble, closing, lf, edits }) => {
      const withFile = file
        ? [
            ...parts,
            {
              headers: [
                'Content-Disposition: form-data; name="content"; filename="demo_pkg-1.0-py3-none-any.whl"',
                ['Content-Type: application/octet-stream'],
              ] as const,
              body: SEED_WHEEL,
            },
          ]
        : parts;
      let body = assemble(b, withFile, preamble, closing);
      if (lf) body = Buffer.from(body.toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
      body = applyByteEdits(body, edits);
      const how = [
        `boundary ${JSON.stringify(b)}`,
        `${withFile.length} parts${file ? ' with the seed wheel' : ''}`,
        preamble === '' ? '' : `preamble ${JSON.stringify(preamble)}`,
        `closing ${JSON.stringify(closing)}`,
        lf ? 'bare LF line endings' : '',
        ...edits.map(describeByteEdit),
      ];
      return { boundary: b, body, how: how.filter((s) => s !== '').join('; ') };
    }),
);

export const formInput: fc.Arbitrary<FormInput> = fc
  .record({
    form: formBody,
    contentType: fc.nat({ max: CONTENT_TYPES.length - 1 }),
    writes: fc.array(fc.integer({ min: 1, max: 4096 }), { minLength: 1, maxLength: 4 }),
    chunked: fc.boolean(),
    tiny: fc.boolean(),
    keepFile: fc.boolean(),
    fileLimit: fc.constantFrom(0, 100, 10 * 1024 ** 3),
  })
  .map(({ form, contentType, writes, chunked, tiny, keepFile, fileLimit }) => {
    const type = CONTENT_TYPES[contentType]?.(form.boundary);
    const limits = tiny
      ? { maxFields: 3, maxFieldSize: 64, maxHeaderSize: 128 }
      : { maxFields: 1000, maxFieldSize: 4 * MIB, maxHeaderSize: 16 * 1024 };
    const how = [
      `Content-Type ${JSON.stringify(type)}`,
      form.how,
      `writes of ${writes.join('/')} bytes`,
      chunked ? 'chunked' : 'Content-Length',
      tiny ? 'tiny limits' : 'default limits',
      keepFile ? `keep file (limit ${fileLimit})` : 'drain file',
    ];
    return {
      how: how.join('; '),
      contentType: type,
      body: form.body,
      writes,
      chunked,
      limits,
      keepFile,
      fileLimit,
    };
  });
