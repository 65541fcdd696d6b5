/**
 * Peak memory of publishing a huge wheel with attestations on (issue 16): the bundled CLI's `publish`, as a GitHub
 * job runs it — Trusted Publishing through the runner's token endpoint, a PEP 740 attestation signed for every
 * file — against the local index, which verifies each attestation (Integrity API) as PyPI does. The OIDC issuer
 * (as GitHub's), the local Sigstore and the index run in this process; only the CLI's child process is measured
 * (its peak resident set size, from the kernel's rusage of the waited-for child, read through Python's `resource`).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDistributions } from '@pypi-release/dists';
import { createKeySource, parseConfig, startIndex } from '@pypi-release/index';
import { jobClaims, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { startLocalSigstore } from '@pypi-release/sigstore-local';
import { type Goal, noiseOf, spreadOf } from './goals';
import { bundledCli, mustRun, ROOT, TOOL_PYTHON, timed } from './support';

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const REPOSITORY = 'octo-org/bench-pkg';
const OWNER_ID = '4242';
const GOAL_MB = 150;
const MIB = 2 ** 20;

/** Runs argv and prints the peak RSS (KiB) of its largest waited-for child process on the last stderr line. */
const RUSAGE = [
  '-c',
  'import resource, subprocess, sys\n' +
    'code = subprocess.run(sys.argv[1:]).returncode\n' +
    'print(f"maxrss={resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}", file=sys.stderr)\n' +
    'sys.exit(code)',
];

export async function attestedPublishRss(options: {
  hugeMiB: number;
  runs: number;
}): Promise<{ lines: string[]; goals: Goal[] }> {
  const work = await mkdtemp(join(tmpdir(), 'bench-attested-rss-'));
  const issuer = await startOidcIssuer({
    issuer: GITHUB_ISSUER,
    job: jobClaims({ repository: REPOSITORY, ownerId: OWNER_ID, environment: 'pypi' }),
  });
  const sigstore = await startLocalSigstore({
    issuers: [{ issuer: GITHUB_ISSUER, jwksUrl: `${issuer.url}/.well-known/jwks` }],
  });
  try {
    const cli = await bundledCli(join(work, 'cli'));
    const release = join(work, 'release');
    const size = String(options.hugeMiB);
    await mustRun(TOOL_PYTHON, [join(ROOT, 'bench/make_wheels.py'), 'sized', release, '1', size, size]);
    const report = await checkDistributions([release]);
    if (!report.ok) throw new Error('the generated release does not pass check');
    const largest = Math.max(...report.files.map((f) => f.size));
    const rssMB: number[] = [];
    const seconds: number[] = [];
    let signed = 0;
    for (let run = 0; run < options.runs; run++) {
      const data = join(work, `index-${run}`);
      const index = await startIndex({
        dataDir: data,
        config: parseConfig(
          {
            limits: { maxFileSize: largest + MIB, maxProjectSize: 4 * largest + 2 ** 30 },
            trustedPublishing: {
              issuer: GITHUB_ISSUER,
              publishers: [
                {
                  repository: REPOSITORY,
                  repositoryOwnerId: OWNER_ID,
                  workflow: 'release.yml',
                  environment: 'pypi',
                  projects: ['bench-pkg'],
                  pending: true,
                },
              ],
            },
          },
          'bench',
        ),
        keySource: createKeySource(GITHUB_ISSUER, {
          fetch: (url, init) => fetch(String(url).replace(GITHUB_ISSUER, issuer.url), init),
        }),
        sigstoreTrustedRoot: sigstore.trustedRoot,
      });
      const attestationsDir = join(work, `attestations-${run}`);
      try {
        const result = await timed(
          TOOL_PYTHON,
          [
            ...RUSAGE,
            process.execPath,
            cli,
            'publish',
            '--repository-url',
            index.uploadUrl,
            '--attestations-dir',
            attestationsDir,
            release,
          ],
          {
            env: {
              PATH: process.env.PATH ?? '',
              HOME: work,
              GITHUB_ACTIONS: 'true',
              GITHUB_EVENT_NAME: 'push',
              ACTIONS_ID_TOKEN_REQUEST_URL: issuer.requestUrl,
              ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken,
              PYPI_RELEASE_SIGSTORE_FULCIO_URL: sigstore.fulcioUrl,
              PYPI_RELEASE_SIGSTORE_REKOR_URL: sigstore.rekorUrl,
            },
          },
        );
        const maxrss = /maxrss=(\d+)/.exec(result.stderr)?.[1];
        if (result.code !== 0 || maxrss === undefined)
          throw new Error(
            `publish with attestations failed (exit ${result.code}): ${result.stderr.slice(-800)}`,
          );
        // Every file must have been signed and accepted with its attestation (the index verified each one).
        const written = (await readdir(attestationsDir)).filter((f) => f.endsWith('.publish.attestation'));
        if (written.length !== report.files.length)
          throw new Error(`expected ${report.files.length} attestations, found ${written.join(', ')}`);
        signed = written.length;
        await assertProvenance(index.simpleUrl, report.files.length);
        rssMB.push((Number(maxrss) * 1024) / 1e6);
        seconds.push(result.ms / 1000);
      } finally {
        await index.close();
        await rm(data, { recursive: true, force: true });
      }
    }
    const rss = spreadOf(rssMB);
    const time = spreadOf(seconds);
    return {
      lines: [
        `peak RSS publishing a ${options.hugeMiB} MiB wheel and its sdist with attestations on (bundled CLI, Trusted Publishing, ${signed} files signed by the local Sigstore and verified by the index): median ${rss.median.toFixed(0)} MB (min ${rss.min.toFixed(0)}, max ${rss.max.toFixed(0)}) of ${rss.runs} runs, ${time.median.toFixed(1)} s each (goal: < ${GOAL_MB} MB)`,
      ],
      goals: [
        {
          figure: `peak RSS, publish of a ${options.hugeMiB} MiB wheel, attestations on`,
          value: rss.median,
          unit: 'MB',
          better: 'lower',
          limit: GOAL_MB,
          noise: noiseOf(rss),
          detail: `min ${rss.min.toFixed(0)}, max ${rss.max.toFixed(0)} MB over ${rss.runs} runs; ${signed} files signed and verified each run`,
        },
      ],
    };
  } finally {
    await sigstore.close();
    await issuer.close();
    await rm(work, { recursive: true, force: true });
  }
}

/** The index lists every file with its provenance (the attestations it verified). */
async function assertProvenance(simpleUrl: string, files: number): Promise<void> {
  const response = await fetch(`${simpleUrl}bench-pkg/`, {
    headers: { accept: 'application/vnd.pypi.simple.v1+json' },
  });
  const body = (await response.json()) as { files: { filename: string; provenance?: string | null }[] };
  const withProvenance = body.files.filter((f) => typeof f.provenance === 'string');
  if (body.files.length !== files || withProvenance.length !== files)
    throw new Error(
      `the index lists ${body.files.length} files, ${withProvenance.length} with provenance (expected ${files})`,
    );
}
