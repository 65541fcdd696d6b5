import type { RuleInfo } from '../problem';
import { ARCHIVE_RULES } from './archive-rules';
import { FILENAME_RULES } from './filename-catalog';
import { METADATA_RULE_LIST } from './metadata-rules-catalog';
import { SET_RULES } from './set-catalog';

/** Every rule the checker applies, grouped as the README documents them. */
export const RULE_GROUPS: ReadonlyArray<{ readonly title: string; readonly rules: readonly RuleInfo[] }> = [
  { title: 'Filenames', rules: Object.values(FILENAME_RULES) },
  { title: 'Archives', rules: ARCHIVE_RULES },
  { title: 'Metadata and long description', rules: METADATA_RULE_LIST },
  { title: 'The release set and its inputs', rules: Object.values(SET_RULES) },
];

export const ALL_RULES: readonly RuleInfo[] = RULE_GROUPS.flatMap((group) => group.rules);
