import { checkFilename, DistsError, parseSdistFilename, parseWheelFilename } from '@pypi-release/dists';
import { sdistFilename, wheelFilename } from './filename-inputs';
import { showText } from './show';
import type { FuzzTarget } from './target';

const noSession = { close: async () => undefined };

/** The wheel filename parser and the rules that judge its parts (name escaping, PEP 440, build and platform tags). */
export const wheelFilenameTarget: FuzzTarget<string> = {
  name: 'wheel filename parser (parseWheelFilename, checkFilename)',
  input: wheelFilename,
  typedErrors: [DistsError],
  show: (filename) => showText(filename),
  open: async () => ({
    ...noSession,
    call: (filename) => [parseWheelFilename(filename), checkFilename(filename)],
  }),
};

/** The sdist filename parser and its rules (`{name}-{version}.tar.gz`, normalised). */
export const sdistFilenameTarget: FuzzTarget<string> = {
  name: 'sdist filename parser (parseSdistFilename, checkFilename)',
  input: sdistFilename,
  typedErrors: [DistsError],
  show: (filename) => showText(filename),
  open: async () => ({
    ...noSession,
    call: (filename) => [parseSdistFilename(filename), checkFilename(filename)],
  }),
};
