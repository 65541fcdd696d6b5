import { checkFile, DistsError } from '@pypi-release/dists';
import { sdistFile } from './sdist-inputs';
import { showMade } from './show';
import type { FuzzTarget } from './target';
import { openTempFolder } from './temp-folder';
import { type MadeFile, wheelFile } from './wheel-inputs';

/**
 * Runs `checkFile` on a generated archive written to disk under a distribution's name: the reader
 * (zip or gzip+tar), the layout and member checks, then the metadata rules on whatever METADATA / PKG-INFO it
 * found. Bad archives are problems; `DistsError` (unreadable, limits) is the only exception allowed.
 */
function archiveTarget(name: string, input: typeof wheelFile, filename: string): FuzzTarget<MadeFile> {
  return {
    name,
    input,
    typedErrors: [DistsError],
    show: showMade,
    open: async () => {
      const folder = openTempFolder(filename.endsWith('.whl') ? 'zip' : 'tar');
      return {
        call: ({ bytes }) => checkFile(folder.write(filename, bytes)),
        close: () => folder.remove(),
      };
    },
  };
}

export const zipTarget = archiveTarget(
  'zip reader (checkFile → inspectWheel on a .whl)',
  wheelFile,
  'demo_pkg-1.0-py3-none-any.whl',
);

export const tarTarget = archiveTarget(
  'tar.gz reader (checkFile → inspectSdist on a .tar.gz)',
  sdistFile,
  'demo_pkg-1.0.tar.gz',
);
