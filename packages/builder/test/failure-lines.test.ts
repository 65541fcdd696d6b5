import { describe, expect, it } from 'vitest';
import { meaningfulLines } from '../src/failure-lines';
import type { OutputLine } from '../src/process-runner';

const out = (text: string): OutputLine => ({ stream: 'stdout', text });
const err = (text: string): OutputLine => ({ stream: 'stderr', text });

describe('meaningful failure lines', () => {
  it("reduces a backend's traceback to its last line and keeps the frontend's error", () => {
    const lines = [
      out('* Building sdist...'),
      out(''),
      err('Traceback (most recent call last):'),
      err('  File "/usr/lib/python3/dist-packages/pep517/in_process/_in_process.py", line 351, in <module>'),
      err('    main()'),
      err('                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^'),
      err('TypeError: Field `project.version` must be a string'),
      out('ERROR Backend subprocess exited when trying to invoke build_sdist'),
    ];
    expect(meaningfulLines(lines)).toEqual([
      'TypeError: Field `project.version` must be a string',
      'ERROR Backend subprocess exited when trying to invoke build_sdist',
    ]);
  });

  it('skips blank lines and pip and build progress noise', () => {
    const lines = [
      out('* Creating venv isolated environment...'),
      out('* Installing packages in isolated environment... (hatchling)'),
      err('   '),
      err('[notice] A new release of pip is available: 23.0 -> 24.0'),
      err('WARNING: You are using pip version 21.0; however, version 24.0 is available.'),
      out('ERROR Failed to parse ./pyproject.toml: Expected "]" (at line 4, column 9)'),
      out('* Getting build dependencies for wheel...'),
    ];
    expect(meaningfulLines(lines)).toEqual([
      'ERROR Failed to parse ./pyproject.toml: Expected "]" (at line 4, column 9)',
    ]);
  });

  it('drops terminal colours', () => {
    expect(meaningfulLines([out('\x1b[1;31mERROR\x1b[0m Backend subprocess exited')])).toEqual([
      'ERROR Backend subprocess exited',
    ]);
  });

  it('keeps only the last lines', () => {
    const lines = Array.from({ length: 20 }, (_, i) => err(`line ${i}`));
    expect(meaningfulLines(lines, 3)).toEqual(['line 17', 'line 18', 'line 19']);
  });

  it('keeps the last line of each chained traceback', () => {
    const lines = [
      err('Traceback (most recent call last):'),
      err('  File "a.py", line 1'),
      err('KeyError: x'),
      err(''),
      err('During handling of the above exception, another exception occurred:'),
      err(''),
      err('Traceback (most recent call last):'),
      err('  File "b.py", line 2'),
      err('ValueError: bad version'),
    ];
    expect(meaningfulLines(lines)).toEqual(['KeyError: x', 'ValueError: bad version']);
  });
});
