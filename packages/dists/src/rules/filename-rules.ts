import { parseSdistFilename, parseWheelFilename, refusedFormat } from '../filename';
import { escapeName, normalizeVersion } from '../names';
import { isAllowedPlatformTag, platformTagAdvice } from '../platform-tags';
import { type Problem, problemFrom } from '../problem';
import { FILENAME_RULES as R } from './filename-catalog';

const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f/\\]/;

/** Rules that need only the filename. */
export function checkFilename(filename: string): Problem[] {
  if (UNSAFE_CHARACTERS.test(filename)) {
    return [
      problemFrom(
        R.characters,
        JSON.stringify(filename),
        'the filename has a control character, `/` or `\\`',
      ),
    ];
  }
  if (filename.endsWith('.whl')) return checkWheelFilename(filename);
  if (filename.endsWith('.tar.gz')) return checkSdistFilename(filename);
  const format = refusedFormat(filename);
  const detail = format ? `this is ${format}` : 'this is not a wheel or an sdist';
  return [problemFrom(R.extension, filename, detail)];
}

function checkWheelFilename(filename: string): Problem[] {
  const parsed = parseWheelFilename(filename);
  if (!parsed)
    return [problemFrom(R.wheelFilename, filename, 'the name does not have 5 or 6 dash-separated parts')];
  const problems: Problem[] = [];
  if (parsed.name !== escapeName(parsed.name)) {
    problems.push(
      problemFrom(
        R.wheelName,
        filename,
        `the name part is "${parsed.name}", expected "${escapeName(parsed.name)}"`,
      ),
    );
  }
  if (normalizeVersion(parsed.version) === undefined) {
    problems.push(problemFrom(R.wheelVersion, filename, `"${parsed.version}" is not a PEP 440 version`));
  }
  if (parsed.build !== undefined && !/^\d/.test(parsed.build)) {
    problems.push(
      problemFrom(R.wheelBuildTag, filename, `the build tag "${parsed.build}" does not start with a digit`),
    );
  }
  for (const tag of parsed.platformTags.filter((t) => !isAllowedPlatformTag(t))) {
    problems.push(
      problemFrom(
        R.wheelPlatformTag,
        filename,
        `the platform tag "${tag}" is not allowed; ${platformTagAdvice(tag)}`,
      ),
    );
  }
  return problems;
}

function checkSdistFilename(filename: string): Problem[] {
  const parsed = parseSdistFilename(filename);
  if (!parsed) {
    return [problemFrom(R.sdistFilename, filename, 'the name is not of the form `{name}-{version}.tar.gz`')];
  }
  const version = normalizeVersion(parsed.version);
  if (version === undefined) {
    return [problemFrom(R.sdistFilename, filename, `"${parsed.version}" is not a PEP 440 version`)];
  }
  const expected = `${escapeName(parsed.name)}-${version}.tar.gz`;
  if (filename !== expected) {
    return [problemFrom(R.sdistFilename, filename, `expected "${expected}"`)];
  }
  return [];
}
