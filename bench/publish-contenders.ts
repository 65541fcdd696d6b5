/** The ways the publish benches send one release to the local index: ours, twine, and curl (the floors). */
import type { FileReport } from '@pypi-release/dists';
import { uploadFormFields } from '@pypi-release/pypi-client';
import { BENCH_TOKEN } from './index-process';
import { type Timed, timed } from './support';

export interface Contender {
  readonly name: string;
  run(uploadUrl: string): Promise<Timed>;
}

/** The bundled CLI's `publish` in a child process, as a user runs it (pre-flight and verification included). */
export function oursContender(cli: string, dir: string, concurrency: number): Contender {
  return {
    name: `pypi-release publish -c ${concurrency}`,
    run: (uploadUrl) =>
      timed(
        process.execPath,
        [cli, 'publish', '--repository-url', uploadUrl, '--concurrency', String(concurrency), dir],
        { env: { ...process.env, PYPI_TOKEN: BENCH_TOKEN } },
      ),
  };
}

/** Debian's twine, uploading the same files one after the other. */
export function twineContender(files: readonly FileReport[]): Contender {
  return {
    name: 'twine upload',
    run: (uploadUrl) =>
      timed('/usr/bin/twine', [
        'upload',
        '--non-interactive',
        '--disable-progress-bar',
        '--repository-url',
        uploadUrl,
        '-u',
        '__token__',
        '-p',
        BENCH_TOKEN,
        ...files.map((f) => f.path),
      ]),
  };
}

/** curl's arguments for one upload: the same multipart form as ours (fields computed here, the file streamed). */
function curlUploadArgs(file: FileReport, uploadUrl: string): string[] {
  return [
    '--silent',
    '--show-error',
    '--output',
    '/dev/null',
    '--write-out',
    '%{http_code}\\n',
    '--user',
    `__token__:${BENCH_TOKEN}`,
    '--header',
    'Accept: application/json',
    '--header',
    'Expect:', // no 100-continue round trip: the floor sends the body straight away
    ...uploadFormFields(file).flatMap(([name, value]) => ['--form-string', `${name}=${value}`]),
    '--form',
    `content=@${file.path};type=application/octet-stream`,
    uploadUrl,
  ];
}

/** One curl process sending `files` (`--next` between them), `parallel` at once or one after the other. */
function curlArgs(files: readonly FileReport[], uploadUrl: string, parallel?: number): string[] {
  const each = files.flatMap((file, i) => [...(i > 0 ? ['--next'] : []), ...curlUploadArgs(file, uploadUrl)]);
  return parallel === undefined ? each : ['--parallel', '--parallel-max', String(parallel), ...each];
}

function assertStatuses(result: Timed, count: number): void {
  const statuses = result.stdout.trim().split('\n');
  const refused = statuses.filter((s) => s !== '200');
  if (statuses.length !== count || refused.length > 0) {
    throw new Error(`curl: statuses ${statuses.join(',')}: ${result.stderr.slice(-300)}`);
  }
}

/**
 * The sequential floor: one curl process sending the same multipart forms (same fields, the file streamed from
 * disk), one request per file, one after the other over one connection (`--next`). The form fields are computed
 * before the clock starts: curl only moves bytes.
 */
export function curlContender(files: readonly FileReport[]): Contender {
  return {
    name: 'curl (one request per file)',
    run: async (uploadUrl) => {
      const args = curlArgs(files, uploadUrl);
      const result = await timed('curl', args);
      assertStatuses(result, files.length);
      return result;
    },
  };
}

/**
 * The parallel floor at our concurrency, under our scheduler's one ordering rule (upload-queue.ts `uploadAll`):
 * the sdists first, one at a time, in a curl process of their own (on a new project the first upload creates it
 * and its release, so uploads racing to create them would be refused or duplicated); then one curl process
 * sending every wheel, `concurrency` at once (`--parallel --parallel-max`), reusing its connections as ours do.
 * Same files, same multipart forms (computed before the clock starts), no checks and no read-back.
 */
export function parallelCurlContender(files: readonly FileReport[], concurrency: number): Contender {
  const sdists = files.filter((f) => f.kind === 'sdist');
  const rest = files.filter((f) => f.kind !== 'sdist');
  return {
    name: `curl --parallel-max ${concurrency} (sdist first)`,
    run: async (uploadUrl) => {
      const first = curlArgs(sdists, uploadUrl);
      const then = curlArgs(rest, uploadUrl, concurrency);
      const started = performance.now();
      const a = sdists.length > 0 ? await timed('curl', first) : undefined;
      if (a) assertStatuses(a, sdists.length);
      const b = await timed('curl', then);
      const ms = performance.now() - started;
      assertStatuses(b, rest.length);
      return {
        ms,
        code: b.code,
        stdout: `${a?.stdout ?? ''}${b.stdout}`,
        stderr: `${a?.stderr ?? ''}${b.stderr}`,
      };
    },
  };
}
