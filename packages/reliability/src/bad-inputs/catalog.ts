import type { BadInputCase } from './case';
import { FILENAME_CASES } from './cases-filename';
import { METADATA_CASES } from './cases-metadata';
import { METADATA_VALUE_CASES } from './cases-metadata-values';
import { SDIST_CASES } from './cases-sdist';
import { SDIST_MEMBER_CASES } from './cases-sdist-members';
import { SET_CASES } from './cases-set';
import { WHEEL_CASES } from './cases-wheel';
import { ZIP_CASES } from './cases-zip';
import { ZIP_MEMBER_CASES } from './cases-zip-members';

/** Every case of the corpus, grouped as the rule catalog is: filenames, archives, metadata, the set. */
export const BAD_INPUT_CASES: readonly BadInputCase[] = [
  ...FILENAME_CASES,
  ...ZIP_CASES,
  ...ZIP_MEMBER_CASES,
  ...WHEEL_CASES,
  ...SDIST_CASES,
  ...SDIST_MEMBER_CASES,
  ...METADATA_CASES,
  ...METADATA_VALUE_CASES,
  ...SET_CASES,
];

/** Rules the corpus crafts no file for, and why. Every other rule of the catalog must have a case. */
export const NOT_CRAFTED: ReadonlyMap<string, string> = new Map([
  [
    'sdist-too-large',
    'needs a tar stream over 8 GiB (and 100 times the file): decompressing it takes longer than the whole corpus may',
  ],
]);
