import { parseConfig, type RunningIndex, startIndex } from '@pypi-release/index';
import { gitlabClaims, type OidcIssuer, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { buildFixture, tempDir } from '@pypi-release/testkit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/main';
import { captureIo } from './support/capture-io';

const GITLAB = 'https://gitlab.com';

describe('pypi-release publish with GitLab CI Trusted Publishing', () => {
  let fixture: Awaited<ReturnType<typeof buildFixture>>;
  let issuer: OidcIssuer;
  let index: RunningIndex;
  let data: Awaited<ReturnType<typeof tempDir>>;
  const minted: string[] = [];

  beforeAll(async () => {
    fixture = await buildFixture({ name: 'gl-demo', version: '0.3.0' });
  }, 180_000);
  afterAll(async () => {
    await fixture?.cleanup();
  });
  beforeEach(async () => {
    issuer = await startOidcIssuer({
      issuer: GITLAB,
      job: gitlabClaims({ projectPath: 'corp/gl-demo', environment: 'pypi' }),
    });
    data = await tempDir('cli-gitlab-');
    index = await startIndex({
      dataDir: data.path,
      onTokenMinted: (token) => minted.push(token),
      config: parseConfig(
        {
          trustedPublishing: {
            gitlab: { issuer: GITLAB, discoveryUrl: issuer.url },
            publishers: [
              {
                kind: 'gitlab',
                namespace: 'corp',
                project: 'gl-demo',
                workflowFilepath: '.gitlab-ci.yml',
                environment: 'pypi',
                projects: ['gl-demo'],
                pending: true,
              },
            ],
          },
        },
        'test',
      ),
    });
  });
  afterEach(async () => {
    await index.close();
    await issuer.close();
    await data.cleanup();
  });

  const noSecrets = (text: string, jwt: string) => {
    expect(text).not.toContain(jwt);
    expect(text).not.toContain(jwt.split('.')[2]);
    for (const token of minted) expect(text).not.toContain(token);
  };

  it('publishes with the id_tokens token of PYPI_ID_TOKEN when GITLAB_CI is set', async () => {
    const jwt = await issuer.sign({ aud: 'pypi' });
    const io = captureIo({ GITLAB_CI: 'true', PYPI_ID_TOKEN: jwt });
    const code = await runCli(['publish', '--repository-url', index.uploadUrl, fixture.dist], io);
    expect(code, io.err()).toBe(0);
    expect(io.err()).toContain('with Trusted Publishing');
    expect(io.out()).toMatch(/uploaded\s+gl_demo-0\.3\.0\.tar\.gz/);
    expect(minted.length).toBeGreaterThan(0);
    noSecrets(io.out() + io.err(), jwt);
  });

  it('reads the variable named by --oidc-token-env', async () => {
    const jwt = await issuer.sign({ aud: 'pypi' });
    const io = captureIo({ GITLAB_CI: 'true', GL_PYPI_TOKEN: jwt });
    const args = [
      'publish',
      '--repository-url',
      index.uploadUrl,
      '--oidc-token-env',
      'GL_PYPI_TOKEN',
      fixture.dist,
    ];
    expect(await runCli(args, io), io.err()).toBe(0);
  });

  it('explains a mismatch claim by claim, with what to register, without printing the token', async () => {
    const jwt = await issuer.sign({ aud: 'pypi', environment: 'staging' });
    const io = captureIo({ GITLAB_CI: 'true', PYPI_ID_TOKEN: jwt });
    const code = await runCli(['publish', '--repository-url', index.uploadUrl, fixture.dist], io);
    expect(code).toBe(1);
    const err = io.err();
    expect(err).toContain('refused to exchange the GitLab ID token');
    expect(err).toContain(
      'environment: the publisher requires "pypi" (compared exactly), the token says "staging"',
    );
    expect(err).toMatch(/project_path\s+corp\/gl-demo/);
    expect(err).toMatch(
      /ci_config_ref_uri\s+gitlab\.com\/corp\/gl-demo\/\/\.gitlab-ci\.yml@refs\/tags\/v1\.0\.0/,
    );
    expect(err).toMatch(/top-level pipeline file: \.gitlab-ci\.yml/);
    expect(err).toMatch(/environment:\s+staging/);
    noSecrets(io.out() + err, jwt);
  });

  it('names the id_tokens entry to add when the variable is empty', async () => {
    const io = captureIo({ GITLAB_CI: 'true' });
    expect(await runCli(['publish', '--repository-url', index.uploadUrl, fixture.dist], io)).toBe(1);
    expect(io.err()).toContain('id_tokens:\n    PYPI_ID_TOKEN:\n      aud: pypi');
  });

  it('refuses a token minted for another audience before sending it', async () => {
    const jwt = await issuer.sign({ aud: 'sigstore' });
    const io = captureIo({ GITLAB_CI: 'true', PYPI_ID_TOKEN: jwt });
    expect(await runCli(['publish', '--repository-url', index.uploadUrl, fixture.dist], io)).toBe(1);
    expect(io.err()).toContain('has the audience "sigstore", but this index expects "pypi"');
    noSecrets(io.out() + io.err(), jwt);
  });
});

describe('pypi-release oidc-issuer --gitlab-project', () => {
  it('prints a GitLab-shaped token that publishes through an index trusting the printed issuer', async () => {
    const fixture = await buildFixture({ name: 'gl-cli', version: '1.2.0' });
    const data = await tempDir('cli-gitlab-issuer-');
    const out: string[] = [];
    let stop: (signal: string) => void = () => {};
    const io = {
      ...captureIo({}),
      stdout: (t: string) => out.push(t),
      stopSignal: new Promise<string>((resolve) => {
        stop = resolve;
      }),
    };
    const running = runCli(
      ['oidc-issuer', '--gitlab-project', 'corp/gl-cli', '--ci-config-path', 'ci/release.yml'],
      io,
    );
    while (!out.join('').includes('PYPI_ID_TOKEN=')) await new Promise((r) => setImmediate(r));
    const text = out.join('');
    const url = /^Issuer: (\S+)/m.exec(text)?.[1] ?? '';
    const jwt = /^PYPI_ID_TOKEN=(\S+)$/m.exec(text)?.[1] ?? '';
    const index = await startIndex({
      dataDir: data.path,
      config: parseConfig(
        {
          trustedPublishing: {
            gitlab: { issuer: url },
            publishers: [
              {
                kind: 'gitlab',
                namespace: 'corp',
                project: 'gl-cli',
                workflowFilepath: 'ci/release.yml',
                projects: ['gl-cli'],
                pending: true,
              },
            ],
          },
        },
        'test',
      ),
    });
    try {
      const publishIo = captureIo({ GITLAB_CI: 'true', PYPI_ID_TOKEN: jwt });
      const code = await runCli(['publish', '--repository-url', index.uploadUrl, fixture.dist], publishIo);
      expect(code, publishIo.err()).toBe(0);
      expect(publishIo.out()).toMatch(/uploaded\s+gl_cli-1\.2\.0\.tar\.gz/);
      expect(publishIo.out() + publishIo.err()).not.toContain(jwt);
    } finally {
      stop('SIGTERM');
      expect(await running).toBe(0);
      await index.close();
      await data.cleanup();
      await fixture.cleanup();
    }
  }, 180_000);
});
