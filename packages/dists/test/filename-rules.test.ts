import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSdistFilename, parseWheelFilename } from '../src/filename';
import { escapeName, normalizeName, normalizeVersion } from '../src/names';
import { isAllowedPlatformTag } from '../src/platform-tags';
import { checkFilename } from '../src/rules/filename-rules';

const codes = (filename: string): string[] => checkFilename(filename).map((p) => p.code);

describe('filename rules (PYPI.md §3 "Filenames" and "Extensions")', () => {
  it('accepts a wheel and an sdist with normalized names', () => {
    expect(codes('demo_pkg-1.0.0-py3-none-any.whl')).toEqual([]);
    expect(codes('demo_pkg-1.0.0.tar.gz')).toEqual([]);
  });

  it.each(['a\u0000b-1.0.tar.gz', 'dir/demo-1.0.tar.gz', 'dir\\demo-1.0.tar.gz', 'demo\n-1.0.tar.gz'])(
    'rejects the unsafe filename %j',
    (name) => {
      expect(codes(name)).toEqual(['filename-characters']);
    },
  );

  it.each([
    ['demo-1.0.zip', 'a .zip source distribution'],
    ['demo-1.0-py3.11.egg', 'an egg'],
    ['demo-1.0.tar.bz2', 'a .tar.bz2 source distribution'],
    ['notes.txt', 'not a wheel or an sdist'],
  ])('rejects %s as %s', (name, what) => {
    const [problem] = checkFilename(name);
    expect(problem?.code).toBe('filename-extension');
    expect(problem?.message).toContain(what);
    expect(problem?.message).toContain(name);
  });
});

describe('wheel filename (PYPI.md §3)', () => {
  it('rejects a name that is not 5 or 6 parts', () => {
    expect(codes('demo-1.0-py3-any.whl')).toEqual(['wheel-filename']);
    expect(codes('demo-1.0-1-2-py3-none-any.whl')).toEqual(['wheel-filename']);
  });

  it('rejects a name segment that is not the escaped normalized name', () => {
    const [problem] = checkFilename('Demo.Pkg-1.0-py3-none-any.whl');
    expect(problem?.code).toBe('wheel-filename-name');
    expect(problem?.message).toContain('expected "demo_pkg"');
  });

  it('rejects a version that is not PEP 440', () => {
    expect(codes('demo-one.two-py3-none-any.whl')).toEqual(['wheel-filename-version']);
  });

  it('accepts a numeric build tag and rejects another', () => {
    expect(codes('demo-1.0-1-py3-none-any.whl')).toEqual([]);
    expect(codes('demo-1.0-x1-py3-none-any.whl')).toEqual(['wheel-build-tag']);
  });

  it.each(['linux_x86_64', 'pyodide_2024_0_wasm32', 'macosx_11_1_arm64', 'manylinux2014_riscv64', 'weird'])(
    'rejects the platform tag %s',
    (tag) => {
      expect(codes(`demo-1.0-cp312-cp312-${tag}.whl`)).toEqual(['wheel-platform-tag']);
    },
  );

  it('explains how to get a manylinux tag for linux_x86_64', () => {
    expect(checkFilename('demo-1.0-cp312-cp312-linux_x86_64.whl')[0]?.message).toContain('auditwheel repair');
  });

  it.each([
    'any',
    'win32',
    'win_amd64',
    'win_arm64',
    'manylinux1_x86_64',
    'manylinux2010_i686',
    'manylinux2014_aarch64',
    'manylinux_2_28_x86_64',
    'musllinux_1_2_aarch64',
    'macosx_10_9_x86_64',
    'macosx_11_0_arm64',
    'macosx_14_0_universal2',
    'ios_13_0_arm64_iphoneos',
    'android_21_arm64_v8a',
    'pyemscripten_2024_0_wasm32',
    'linux_armv7l',
    'linux_armv6l',
  ])('accepts the platform tag %s', (tag) => {
    expect(isAllowedPlatformTag(tag)).toBe(true);
    expect(codes(`demo-1.0-cp312-cp312-${tag}.whl`)).toEqual([]);
  });

  it('checks every tag of a compressed tag set', () => {
    expect(codes('demo-1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl')).toEqual([]);
    expect(codes('demo-1.0-cp312-cp312-manylinux_2_17_x86_64.linux_x86_64.whl')).toEqual([
      'wheel-platform-tag',
    ]);
  });
});

describe('sdist filename (PYPI.md §3)', () => {
  it('rejects the non-normalized name setuptools < 69.3 writes', () => {
    const [problem] = checkFilename('demo-s-0.2.0.tar.gz');
    expect(problem?.code).toBe('sdist-filename');
    expect(problem?.message).toContain('expected "demo_s-0.2.0.tar.gz"');
    expect(problem?.message).toContain('setuptools >= 69.3');
  });

  it('rejects upper case and a non-normalized version', () => {
    expect(codes('Demo-1.0.tar.gz')).toEqual(['sdist-filename']);
    expect(codes('demo-1.0.0RC1.tar.gz')).toEqual(['sdist-filename']);
    expect(codes('demo-bad_version.tar.gz')).toEqual(['sdist-filename']);
    expect(codes('demo.tar.gz')).toEqual(['sdist-filename']);
  });
});

describe('filename parsers (property tests)', () => {
  const segment = fc.stringMatching(/^[a-z0-9][a-z0-9_.]{0,10}$/);

  it('parses every well-formed wheel filename back into its parts', () => {
    fc.assert(
      fc.property(
        segment,
        segment,
        fc.option(segment, { nil: undefined }),
        segment,
        segment,
        segment,
        (n, v, b, py, abi, plat) => {
          const name = [n, v, ...(b === undefined ? [] : [b]), py, abi, plat].join('-');
          const parsed = parseWheelFilename(`${name}.whl`);
          expect(parsed?.name).toBe(n);
          expect(parsed?.version).toBe(v);
          expect(parsed?.build).toBe(b);
          expect(parsed?.platformTags.join('.')).toBe(plat);
        },
      ),
    );
  });

  it('never throws on arbitrary names, and sdists split at the last dash', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        checkFilename(s);
        checkFilename(`${s}.whl`);
        const parsed = parseSdistFilename(`${s}.tar.gz`);
        if (parsed) expect(`${parsed.name}-${parsed.version}.tar.gz`).toBe(`${s}.tar.gz`);
      }),
    );
  });

  it('normalizes names idempotently, and escaping never leaves a dash', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9._-]{1,30}$/), (s) => {
        expect(normalizeName(normalizeName(s))).toBe(normalizeName(s));
        expect(escapeName(s)).not.toContain('-');
      }),
    );
  });

  it('normalizes versions idempotently', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(
          /^v?\d{1,3}(\.\d{1,3}){0,3}((a|b|rc|c|alpha|beta|pre|RC|A)\d{0,2})?(\.post\d)?(\.dev\d)?$/,
        ),
        (s) => {
          const once = normalizeVersion(s);
          expect(once).toBeDefined();
          expect(normalizeVersion(once as string)).toBe(once);
        },
      ),
    );
  });
});
