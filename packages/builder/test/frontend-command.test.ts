import { TOOL_PYTHON } from '@pypi-release/testkit';
import { describe, expect, it } from 'vitest';
import { defaultPython, type FrontendCommandOptions, frontendCommand } from '../src/frontend-command';

const base: FrontendCommandOptions = {
  frontend: 'build',
  python: TOOL_PYTHON,
  uv: 'uv',
  sdist: true,
  wheel: true,
  isolation: true,
  outdir: '/out',
  args: [],
  srcdir: '.',
};

describe('frontend command line', () => {
  it('lets python -m build build the wheel from the sdist when both are wanted (no --sdist/--wheel)', () => {
    expect(frontendCommand(base)).toEqual({
      command: TOOL_PYTHON,
      args: ['-m', 'build', '--outdir', '/out', '.'],
    });
  });

  it('selects one distribution and turns isolation off', () => {
    expect(frontendCommand({ ...base, sdist: false, isolation: false }).args).toEqual([
      '-m',
      'build',
      '--wheel',
      '--no-isolation',
      '--outdir',
      '/out',
      '.',
    ]);
    expect(frontendCommand({ ...base, wheel: false }).args).toContain('--sdist');
  });

  it('passes extra arguments as separate list items, before the source folder', () => {
    const { args } = frontendCommand({
      ...base,
      args: ['-C', 'key=a value; rm -rf /', '--skip-dependency-check'],
    });
    expect(args.slice(-4)).toEqual(['-C', 'key=a value; rm -rf /', '--skip-dependency-check', '.']);
  });

  it('drives uv build with its own flag names', () => {
    expect(frontendCommand({ ...base, frontend: 'uv', isolation: false, args: ['--verbose'] })).toEqual({
      command: 'uv',
      args: ['build', '--python', TOOL_PYTHON, '--no-build-isolation', '--out-dir', '/out', '--verbose', '.'],
    });
    expect(frontendCommand({ ...base, frontend: 'uv', python: undefined, wheel: false }).args).toEqual([
      'build',
      '--sdist',
      '--out-dir',
      '/out',
      '.',
    ]);
  });

  it('uses python on Windows and python3 elsewhere', () => {
    expect(defaultPython('win32')).toBe('python');
    expect(defaultPython('linux')).toBe('python3');
    expect(defaultPython('darwin')).toBe('python3');
  });
});
