import { basename } from 'node:path';
import { hashFile } from '@pypi-release/dists';
import { ReleaseArtifactError } from './errors';
import { MANIFEST_FILENAME, type ReleaseManifest, readManifest } from './manifest';
import { listFiles } from './merge';

export interface VerifiedRelease {
  readonly manifest: ReleaseManifest;
  /** The verified files, in manifest order. */
  readonly paths: string[];
}

/**
 * Checks a downloaded release folder byte for byte: every file against `release-manifest.json`, and the manifest
 * against the build job's digests when given. Missing, extra or altered files are one error naming each.
 */
export async function verifyRelease(
  dir: string,
  expectedDigests?: Readonly<Record<string, string>>,
): Promise<VerifiedRelease> {
  const manifest = await readManifest(dir);
  const problems: string[] = [];
  const onDisk = new Map<string, string>();
  for (const path of await listFiles(dir)) {
    const name = basename(path);
    if (name === MANIFEST_FILENAME && path === `${dir}/${MANIFEST_FILENAME}`) continue;
    if (onDisk.has(name)) problems.push(`${name}: present twice in the artifact`);
    onDisk.set(name, path);
  }
  const listed = new Set(manifest.files.map((f) => f.filename));
  for (const file of manifest.files) {
    const path = onDisk.get(file.filename);
    if (!path) {
      problems.push(`${file.filename}: missing (listed in ${MANIFEST_FILENAME})`);
      continue;
    }
    const actual = await hashFile(path);
    if (actual.sha256 !== file.sha256 || actual.size !== file.size) {
      problems.push(
        `${file.filename}: altered (${actual.size} bytes, sha256 ${actual.sha256}; the manifest says ${file.size} bytes, sha256 ${file.sha256})`,
      );
    }
  }
  for (const name of onDisk.keys()) {
    if (!listed.has(name)) problems.push(`${name}: extra (not in ${MANIFEST_FILENAME})`);
  }
  if (expectedDigests) {
    for (const file of manifest.files) {
      const expected = expectedDigests[file.filename];
      if (expected === undefined) problems.push(`${file.filename}: not in the expected digests`);
      else if (expected !== file.sha256) {
        problems.push(
          `${file.filename}: sha256 ${file.sha256} in ${MANIFEST_FILENAME}, but the build job reported ${expected}`,
        );
      }
    }
    for (const name of Object.keys(expectedDigests)) {
      if (!listed.has(name)) problems.push(`${name}: missing (in the expected digests, not in the artifact)`);
    }
  }
  if (problems.length > 0) {
    throw new ReleaseArtifactError(
      'verification-failed',
      `the release artifact does not match what the build job produced (${problems.length} problem(s)); nothing was uploaded:\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
  }
  const paths = manifest.files.map((f) => onDisk.get(f.filename) ?? f.filename);
  return { manifest, paths };
}
