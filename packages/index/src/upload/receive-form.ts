import type { IncomingMessage } from 'node:http';
import type { DigestsWithMd5 } from '@pypi-release/dists';
import type { ActiveFault, FaultInjector } from '../faults';
import { boundaryOf, type MultipartLimits, parseMultipart } from '../http/multipart';
import { createTempUpload, type TempUpload } from '../storage/temp-upload';

/** The uploaded file part (`content`). */
export interface ReceivedFile {
  readonly filename: string;
  readonly contentType: string | undefined;
  readonly size: number;
  /** The file's limit was exceeded: nothing was kept. */
  readonly tooLarge: boolean;
  /** The limit that applied. */
  readonly limit: number;
  /** The kept file and its digests (absent when too large, or when the upload is not accepted). */
  readonly stored: { readonly temp: TempUpload; readonly digests: DigestsWithMd5 } | undefined;
}

export interface ReceivedForm {
  /** Every non-file field, in order; repeated keys repeat. */
  readonly fields: Array<[string, string]>;
  /** Names of other parts that came as files (PyPI: "<field>: Should not be a tuple."). */
  readonly fileFields: string[];
  readonly file: ReceivedFile | undefined;
  readonly fault: ActiveFault | undefined;
}

export interface ReceiveOptions {
  readonly tmpDir: string;
  readonly limits: MultipartLimits;
  /** Whether to keep the file (false: drain it, e.g. when authentication already failed). */
  readonly keepFile: boolean;
  /** The file size limit for the project named in the form so far. */
  fileLimit(name: string | undefined): number;
  readonly faults: FaultInjector | undefined;
  /** Called when a fault wants the connection cut (reset) or left hanging (stall). */
  onConnectionFault(fault: ActiveFault): Promise<never>;
}

/** Streams an upload's form: fields into memory (bounded), the file into a hashed temporary file. */
export async function receiveForm(req: IncomingMessage, options: ReceiveOptions): Promise<ReceivedForm> {
  const fields: Array<[string, string]> = [];
  const fileFields: string[] = [];
  let fault: ActiveFault | undefined;
  let current:
    | {
        filename: string;
        contentType: string | undefined;
        limit: number;
        temp: TempUpload | undefined;
        size: number;
      }
    | undefined;
  let file: ReceivedFile | undefined;
  let inOtherFile = false;
  const boundary = boundaryOf(req.headers['content-type']);
  if (boundary === undefined) {
    for await (const _ of req) {
      // not a form: drain it; without `:action` this gets PyPI's HTML page
    }
    return { fields, fileFields, file, fault };
  }
  try {
    await parseMultipart(req, boundary, options.limits, {
      field(name, value) {
        fields.push([name, value]);
      },
      async fileStart(part) {
        if (part.name !== 'content' || file !== undefined || current !== undefined) {
          if (part.name !== 'gpg_signature') fileFields.push(part.name);
          inOtherFile = true;
          return;
        }
        inOtherFile = false;
        fault = options.faults?.take(part.filename ?? '');
        const name = fields.find(([key]) => key === 'name')?.[1];
        const limit = options.fileLimit(name);
        const keep = options.keepFile && (fault === undefined || fault.kind === 'drop-after-store');
        const temp = keep ? await createTempUpload(options.tmpDir) : undefined;
        current = { filename: part.filename ?? '', contentType: part.contentType, limit, temp, size: 0 };
        if (fault?.kind === 'stall') await options.onConnectionFault(fault);
      },
      async fileData(chunk) {
        if (inOtherFile || !current) return;
        if (fault?.kind === 'reset') await options.onConnectionFault(fault);
        current.size += chunk.length;
        if (current.temp && current.size > current.limit) {
          await current.temp.discard();
          current.temp = undefined;
          file = { ...toFile(current, undefined), tooLarge: true };
        }
        if (current.temp) await current.temp.write(chunk);
      },
      async fileEnd() {
        if (inOtherFile || !current) {
          inOtherFile = false;
          return;
        }
        const c = current;
        current = undefined;
        if (file?.tooLarge) {
          file = { ...file, size: c.size };
          return;
        }
        file = toFile(c, c.temp ? { temp: c.temp, digests: await c.temp.finish() } : undefined);
      },
    });
  } catch (error) {
    await current?.temp?.discard();
    await (file as ReceivedFile | undefined)?.stored?.temp.discard();
    throw error;
  }
  return { fields, fileFields, file, fault };
}

function toFile(
  c: { filename: string; contentType: string | undefined; limit: number; size: number },
  stored: ReceivedFile['stored'],
): ReceivedFile {
  return {
    filename: c.filename,
    contentType: c.contentType,
    size: c.size,
    tooLarge: false,
    limit: c.limit,
    stored,
  };
}
