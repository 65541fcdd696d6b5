/**
 * entry_points.txt: INI sections of `name = object reference` lines (entry points spec). `errors` is what PyPI
 * refuses (Warehouse `utils/wheel.py` `_validate_entrypoints`: the file must read as `configparser` INI with `=`
 * delimiters — no duplicate sections or names, no line without `=`, no entry outside a section — and
 * console_scripts/gui_scripts names must match `[\w.-]+`); `installErrors` is the spec's stricter syntax (values
 * `module:attr [extras]`, no continuation lines), which PyPI does not check but pip needs to install the wheel
 * (distlib's script maker refuses a value that is not `module:attr`).
 */
export interface EntryPoints {
  /** Names and values by group, in file order. */
  readonly groups: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly errors: readonly string[];
  readonly installErrors: readonly string[];
}

/** Warehouse's `_ENTRY_POINT_NAME_RE`, applied to console_scripts and gui_scripts. */
const SCRIPT_NAME = /^[\w.-]+$/u;
const SCRIPT_GROUPS = new Set(['console_scripts', 'gui_scripts']);

const IDENTIFIER = String.raw`[A-Za-z_][\w]*`;
const DOTTED = String.raw`${IDENTIFIER}(?:\s*\.\s*${IDENTIFIER})*`;
/** `module.sub:object.attr [extra1, extra2]`; the `:object` part and the extras are optional. */
const REFERENCE = new RegExp(
  String.raw`^${DOTTED}(?:\s*:\s*${DOTTED})?(?:\s*\[\s*[\w.-]+(?:\s*,\s*[\w.-]+)*\s*\])?$`,
  'u',
);

export function parseEntryPoints(text: string): EntryPoints {
  const groups = new Map<string, Map<string, string>>();
  const errors: string[] = [];
  const installErrors: string[] = [];
  let groupName = '';
  let group: Map<string, string> | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    const where = `line ${index + 1}`;
    if (line.trim() === '' || /^\s*[#;]/.test(line)) return;
    const section = /^\[(.*)\]\s*$/.exec(line);
    if (section) {
      const name = section[1]!.trim();
      if (name === '') errors.push(`${where}: empty section name`);
      if (groups.has(name)) errors.push(`${where}: section [${name}] appears twice`);
      groupName = name;
      group = groups.get(name) ?? new Map();
      groups.set(name, group);
      return;
    }
    if (/^\s/.test(line)) {
      installErrors.push(`${where}: indented line (the spec allows no continuation lines)`);
      return;
    }
    const eq = line.indexOf('=');
    if (eq < 0) {
      errors.push(`${where}: not a \`name = value\` line`);
      return;
    }
    if (!group) {
      errors.push(`${where}: entry outside any [section]`);
      return;
    }
    const name = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (name === '') errors.push(`${where}: empty entry point name`);
    else if (group.has(name))
      errors.push(`${where}: name ${JSON.stringify(name)} is defined twice in its section`);
    else if (SCRIPT_GROUPS.has(groupName) && !SCRIPT_NAME.test(name))
      errors.push(
        `${where}: script name ${JSON.stringify(name)} has characters other than letters, digits, _ . -`,
      );
    if (!REFERENCE.test(value))
      installErrors.push(`${where}: ${JSON.stringify(value)} is not \`module:attr [extras]\``);
    group.set(name, value);
  });
  return { groups, errors, installErrors };
}
