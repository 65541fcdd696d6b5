import { normalizeVersion } from './names';
import type { Problem } from './problem';
import { archiveProblem } from './rules/archive-rules';
import type { ArchiveContents } from './types';

/**
 * Every declared `License-File` must be in the distribution: in a wheel under `<dist-info>/licenses/<path>`
 * from Metadata-Version 2.4 on (PEP 639), anywhere in the dist-info directory before that (backends used to
 * flatten or nest them); in an sdist at `<top>/<path>`.
 */
export function checkLicenseFiles(
  contents: ArchiveContents,
  licenseFiles: readonly string[],
  filename: string,
): Problem[] {
  const members = new Set(contents.members);
  const problems: Problem[] = [];
  const missing = (path: string, where: string) =>
    problems.push(
      archiveProblem(
        'license-file-missing',
        filename,
        `License-File ${JSON.stringify(path)} is not at ${where}`,
      ),
    );

  if (contents.wheel) {
    const dir = contents.wheel.distInfoDir;
    const pep639 = isAtLeast24(contents.metadataText);
    for (const path of licenseFiles) {
      if (pep639) {
        const where = `${dir}/licenses/${path}`;
        if (!members.has(where)) missing(path, where);
      } else if (!inDistInfo(contents.members, dir, path)) {
        missing(path, `any place in ${dir}/`);
      }
    }
  } else if (contents.sdist) {
    for (const path of licenseFiles) {
      const where = `${contents.sdist.topDir}/${path}`;
      if (!members.has(where)) missing(path, where);
    }
  }
  return problems;
}

/** Before PEP 639 the path inside the dist-info directory varied: exact, nested, or flattened to the basename. */
function inDistInfo(members: readonly string[], dir: string, path: string): boolean {
  const base = path.split('/').pop()!;
  return members.some(
    (m) =>
      m.startsWith(`${dir}/`) && !m.endsWith('/') && (m.endsWith(`/${path}`) || m.split('/').pop() === base),
  );
}

function isAtLeast24(metadataText: string | undefined): boolean {
  const headers = (metadataText ?? '').split(/\r?\n\r?\n/)[0]!; // the body may quote anything
  const match = /^Metadata-Version:[ \t]*(\S+)/im.exec(headers);
  const version = normalizeVersion(match?.[1] ?? '') ?? '';
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 2 || (major === 2 && minor >= 4);
}
