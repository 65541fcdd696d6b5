import { describe, expect, it } from 'vitest';
import { cibuildwheelCall } from '../src/cibuildwheel';

describe('cibuildwheel run: steps', () => {
  it('reads the install and the call of the example, with its output folder', () => {
    const call = cibuildwheelCall(
      'python -m pip install cibuildwheel==2.23.3\npython -m cibuildwheel --output-dir wheelhouse\n',
      {},
    );
    expect(call).toEqual({
      installs: ['python -m pip install cibuildwheel==2.23.3'],
      command: 'python -m cibuildwheel --output-dir wheelhouse',
      packageDir: '.',
      outputDir: 'wheelhouse',
    });
  });

  it('defaults the output folder to CIBW_OUTPUT_DIR, then wheelhouse; reads the package folder and `=` forms', () => {
    expect(cibuildwheelCall('pipx run cibuildwheel==2.23.3 --platform linux', {})).toMatchObject({
      packageDir: '.',
      outputDir: 'wheelhouse',
    });
    expect(cibuildwheelCall('cibuildwheel --archs auto64 src/pkg', { CIBW_OUTPUT_DIR: 'out' })).toMatchObject(
      {
        packageDir: 'src/pkg',
        outputDir: 'out',
      },
    );
    expect(cibuildwheelCall('uvx cibuildwheel \\\n  --output-dir=dist/wheels "pkg"', {})).toMatchObject({
      packageDir: 'pkg',
      outputDir: 'dist/wheels',
    });
  });

  it('leaves scripts that do not run cibuildwheel to bash', () => {
    expect(cibuildwheelCall('python -m pip install cibuildwheel\necho done', {})).toBeUndefined();
    expect(cibuildwheelCall('make wheels', {})).toBeUndefined();
  });

  it('refuses a step that runs cibuildwheel among other commands, naming them', () => {
    const refused = cibuildwheelCall('cibuildwheel --output-dir wheelhouse\nls wheelhouse', {});
    expect(refused).toMatch(/among other commands \(ls wheelhouse\)/);
  });
});
