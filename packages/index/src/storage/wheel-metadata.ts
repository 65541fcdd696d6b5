import { inspectWheel, parseWheelFilename } from '@pypi-release/dists';

/**
 * The bytes of a wheel's `<name>-<version>.dist-info/METADATA` (for PEP 658 `<file>.metadata`), or undefined.
 * The dists library's reader finds and reads it; the wheel has already passed every rule, so its METADATA is
 * valid UTF-8 and re-encoding the text gives back the very bytes inside the wheel.
 */
export async function readWheelMetadata(path: string, filename: string): Promise<Buffer | undefined> {
  const parsed = parseWheelFilename(filename);
  const contents = await inspectWheel(
    path,
    filename,
    parsed && { name: parsed.name, version: parsed.version },
  );
  return contents.metadataText === undefined ? undefined : Buffer.from(contents.metadataText, 'utf8');
}
