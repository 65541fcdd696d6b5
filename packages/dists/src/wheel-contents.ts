import type { FileWindow } from './archive/file-window';
import { decodeUtf8, showName } from './archive/member-paths';
import { readZipMember } from './archive/zip-member';
import { listZip, type ZipEntry } from './archive/zip-reader';
import { parseEntryPoints } from './entry-points';
import { escapeName } from './names';
import type { ProblemSink } from './problem-sink';
import { parseRecord } from './record-file';
import { sameRelease } from './release-dir';
import type { ArchiveContents } from './types';
import { parseWheelFile } from './wheel-file';

export { checkLicenseFiles } from './license-files';

/**
 * Reads a wheel: checks the zip container, finds `{name}-{version}.dist-info` and reads only its small text
 * files (METADATA, WHEEL, RECORD, entry_points.txt). `expected` is the escaped name and version from the
 * filename. `opened` is the file already opened by the caller (this function closes it). Defects become
 * problems; throws `DistsError` only when the file cannot be read.
 */
export async function inspectWheel(
  path: string,
  filename: string,
  expected?: { name: string; version: string },
  opened?: FileWindow,
): Promise<ArchiveContents> {
  const { entries, problems, file, directoryRead } = await listZip(path, filename, opened);
  try {
    const members = entries.map((e) => e.name);
    if (!directoryRead) return { problems: problems.problems(), members };
    const distInfoDir = chooseDistInfo(entries, expected, problems);
    if (!distInfoDir) return { problems: problems.problems(), members };
    const byName = new Map(entries.map((e) => [e.name, e]));
    const read = async (base: string, missing?: 'wheel-metadata-missing' | 'wheel-wheel-file-missing') => {
      const entry = byName.get(`${distInfoDir}/${base}`);
      if (!entry) {
        if (missing) problems.add(missing, `${distInfoDir}/${base} is missing`);
        return undefined;
      }
      const data = await readZipMember(file, entry, problems);
      return data && { entry, data };
    };

    const metadata = await read('METADATA', 'wheel-metadata-missing');
    let metadataText: string | undefined;
    if (metadata) {
      const { text, valid } = decodeUtf8(metadata.data);
      if (!valid) problems.add('metadata-encoding', `${distInfoDir}/METADATA is not valid UTF-8`);
      metadataText = text;
    }
    const wheel = await read('WHEEL', 'wheel-wheel-file-missing');
    const wheelFile = wheel && parseWheelFile(decodeUtf8(wheel.data).text);
    for (const error of wheelFile?.errors ?? []) problems.add('wheel-wheel-file-invalid', `WHEEL: ${error}`);
    await checkRecord(file, entries, distInfoDir, byName, problems);
    const entryPoints = await read('entry_points.txt');
    if (entryPoints) {
      const parsed = parseEntryPoints(decodeUtf8(entryPoints.data).text);
      for (const error of parsed.errors) {
        problems.add('wheel-entry-points-invalid', `${distInfoDir}/entry_points.txt ${error}`);
      }
      for (const error of parsed.installErrors) {
        problems.add('wheel-entry-points-invalid', `${distInfoDir}/entry_points.txt ${error}`);
      }
    }
    return {
      problems: problems.problems(),
      members,
      wheel: wheelFile ? { distInfoDir, wheelFile: wheelFile.fields } : { distInfoDir },
      ...(metadataText === undefined ? {} : { metadataText }),
    };
  } finally {
    await file.close();
  }
}

/** The top-level `.dist-info` directory to read, reporting a missing, misnamed or second one. */
function chooseDistInfo(
  entries: readonly ZipEntry[],
  expected: { name: string; version: string } | undefined,
  problems: ProblemSink,
): string | undefined {
  const dirs = [...new Set(entries.map((e) => e.name.split('/')[0]!))].filter(
    (top) => top.endsWith('.dist-info') && entries.some((e) => e.name.startsWith(`${top}/`)),
  );
  if (dirs.length === 0) {
    problems.add('wheel-dist-info-missing', 'the wheel has no top-level `.dist-info` directory');
    return undefined;
  }
  const wanted = expected && `${escapeName(expected.name)}-${expected.version}`;
  const matches = (dir: string) =>
    expected !== undefined && sameRelease(dir.slice(0, -'.dist-info'.length), expected, '-');
  const chosen = (wanted ? dirs.find(matches) : undefined) ?? dirs[0]!;
  if (wanted && !matches(chosen)) {
    problems.add(
      'wheel-dist-info-name',
      `the wheel holds ${showName(chosen)}, expected ${showName(`${wanted}.dist-info`)}`,
    );
  }
  const others = dirs.filter((dir) => dir !== chosen);
  if (others.length > 0) {
    problems.add(
      'wheel-dist-info-name',
      `the wheel holds more than one .dist-info directory: ${dirs.join(', ')}`,
    );
  }
  return chosen;
}

/** RECORD must parse and list exactly the archive's files (itself and its signatures excepted). */
async function checkRecord(
  file: FileWindow,
  entries: readonly ZipEntry[],
  distInfoDir: string,
  byName: ReadonlyMap<string, ZipEntry>,
  problems: ProblemSink,
): Promise<void> {
  const recordName = `${distInfoDir}/RECORD`;
  const entry = byName.get(recordName);
  if (!entry) {
    problems.add('wheel-record-missing', `${recordName} is missing`);
    return;
  }
  const data = await readZipMember(file, entry, problems);
  if (!data) return;
  const record = parseRecord(decodeUtf8(data).text);
  // PyPI refuses a RECORD that is not CSV (Warehouse utils/wheel.py `_validate_record`: csv.Error) and accepts a
  // listing that differs from the archive (the owners get an email): that is a warning below. Rows with odd
  // fields or md5/sha1 hashes PyPI accepts too, but the wheel spec forbids them: they stay errors.
  if (record.syntaxError) problems.add('wheel-record-invalid', `${recordName} ${record.syntaxError}`);
  for (const error of record.errors) problems.add('wheel-record-invalid', `${recordName} ${error}`);
  const listed = new Set(record.rows.map((row) => row.path));
  for (const row of record.rows) {
    if (!byName.has(row.path)) {
      problems.add(
        'wheel-record-invalid',
        `${recordName} lists ${showName(row.path)}, which is not in the wheel`,
        'warning',
      );
    }
  }
  const unlisted = new Set([recordName, `${recordName}.jws`, `${recordName}.p7s`]);
  for (const { name } of entries) {
    if (name.endsWith('/') || listed.has(name) || unlisted.has(name)) continue;
    problems.add(
      'wheel-record-invalid',
      `${showName(name)} is in the wheel but not in ${recordName}`,
      'warning',
    );
  }
}
