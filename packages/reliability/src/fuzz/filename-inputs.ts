import fc from 'fast-check';
import { applyCharEdits, charEdit } from './char-edits';

/** Filename parts on the edges of the wheel and sdist filename rules. */
const NAMES = ['demo_pkg', 'demo-pkg', 'Demo.Pkg', 'a', '_', 'demo__pkg', 'dęmo', 'x'.repeat(300)];
const VERSIONS = [
  '1.0',
  '1.0.post1',
  '1!2.0rc1.dev3+local.7',
  'v1.0',
  '1.0-1',
  '01.00',
  '1..0',
  '9'.repeat(400),
];
const BUILDS = ['1', '1abc', 'abc', '0', '9'.repeat(30)];
const PYTHON_TAGS = ['py3', 'py2.py3', 'cp312', 'pp310', 'py3..py2', '.'];
const ABI_TAGS = ['none', 'abi3', 'cp312', 'cp312t'];
const PLATFORM_TAGS = [
  'any',
  'win_amd64',
  'manylinux_2_17_x86_64.manylinux2014_x86_64',
  'manylinux_99999999999999999999_17_x86_64',
  'musllinux_1_1_aarch64',
  'linux_x86_64',
  'linux_armv7l',
  'macosx_10_9_universal2',
  'macosx_11_0_arm64',
  'macosx_99_1_x86_64',
  'ios_13_0_arm64_iphoneos',
  'android_21_arm64_v8a',
  'pyemscripten_2024_0_wasm32',
  'pyodide_2024_0_wasm32',
  `manylinux_${'1_'.repeat(500)}x86_64`,
];
/** Characters that the rules single out, and some that no rule expects. */
const ODD_TEXT = [
  '-',
  '.',
  '_',
  '+',
  '!',
  ' ',
  '/',
  '\\',
  '\0',
  '\n',
  '\u007f',
  'é',
  '\uFFFD',
  '\uD800',
  '😀',
  '..',
  '--',
];

const oddText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ODD_TEXT) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

function pick(values: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: oddText });
}

function mutated(seeds: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(seeds, fc.array(charEdit(oddText), { maxLength: 4 }))
    .map(([seed, edits]) => applyCharEdits(seed, edits));
}

function randomWith(suffix: string): fc.Arbitrary<string> {
  return fc.string({ unit: 'binary', maxLength: 80 }).map((stem) => stem + suffix);
}

const wheelParts = fc.oneof(
  fc.tuple(pick(NAMES), pick(VERSIONS), pick(PYTHON_TAGS), pick(ABI_TAGS), pick(PLATFORM_TAGS)),
  fc.tuple(pick(NAMES), pick(VERSIONS), pick(BUILDS), pick(PYTHON_TAGS), pick(ABI_TAGS), pick(PLATFORM_TAGS)),
  fc.array(pick([...NAMES, ...VERSIONS, ...PLATFORM_TAGS]), { maxLength: 9 }),
);

export const wheelFilename: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: mutated(wheelParts.map((parts) => `${parts.join('-')}.whl`)) },
  { weight: 1, arbitrary: randomWith('.whl') },
  {
    weight: 1,
    arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => `${s}-1.0-py3-none-any.whl`),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
);

export const sdistFilename: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: mutated(
      fc
        .array(pick([...NAMES, ...VERSIONS]), { minLength: 1, maxLength: 4 })
        .map((parts) => `${parts.join('-')}.tar.gz`),
    ),
  },
  { weight: 1, arbitrary: randomWith('.tar.gz') },
  { weight: 1, arbitrary: randomWith('') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => `demo_pkg-${s}.tar.gz`) },
);
