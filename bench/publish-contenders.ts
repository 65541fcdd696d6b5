/** The three ways the publish bench sends one release to the local index: ours, twine, and curl (the floor). */
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

/**
 * The floor: one curl process sending the same multipart forms (same fields, the file streamed from disk), one
 * request per file, sequentially over one connection (`--next`). The form fields are computed before the clock
 * starts: curl only moves bytes.
 */
export function curlContender(files: readonly FileReport[]): Contender {
  return {
    name: 'curl (one request per file)',
    run: async (uploadUrl) => {
      const args = files.flatMap((file, i) => [
        ...(i > 0 ? ['--next'] : []),
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
      ]);
      const result = await timed('curl', args);
      const statuses = result.stdout.trim().split('\n');
      const refused = statuses.filter((s) => s !== '200');
      if (statuses.length !== files.length || refused.length > 0) {
        throw new Error(`curl: statuses ${statuses.join(',')}: ${result.stderr.slice(-300)}`);
      }
      return result;
    },
  };
}
