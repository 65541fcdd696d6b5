import type { DistKind } from './types';

/** The parts of a wheel filename (binary distribution format, PEP 427 / PEP 491). */
export interface WheelFilename {
  readonly kind: 'wheel';
  readonly name: string;
  readonly version: string;
  readonly build: string | undefined;
  /** Compressed tag sets are split: `py2.py3` → ['py2', 'py3']. */
  readonly pythonTags: readonly string[];
  readonly abiTags: readonly string[];
  readonly platformTags: readonly string[];
}

/** The parts of an sdist filename `{name}-{version}.tar.gz`, split at the last `-`. */
export interface SdistFilename {
  readonly kind: 'sdist';
  readonly name: string;
  readonly version: string;
}

export type DistFilename = WheelFilename | SdistFilename;

/** Extensions that look like distributions but that PyPI refuses, with what they are. */
const REFUSED_EXTENSIONS: ReadonlyArray<readonly [string, string]> = [
  ['.zip', 'a .zip source distribution'],
  ['.egg', 'an egg'],
  ['.exe', 'a Windows installer'],
  ['.msi', 'a Windows installer'],
  ['.rpm', 'an RPM'],
  ['.dmg', 'a macOS disk image'],
  ['.tar.bz2', 'a .tar.bz2 source distribution'],
  ['.tar.xz', 'a .tar.xz source distribution'],
  ['.tgz', 'a .tgz source distribution'],
  ['.tar', 'an uncompressed tarball'],
];

/** The kind a filename claims by its extension; undefined for anything that is not `.whl` or `.tar.gz`. */
export function kindFromFilename(filename: string): DistKind | undefined {
  if (filename.endsWith('.whl')) return 'wheel';
  if (filename.endsWith('.tar.gz')) return 'sdist';
  return undefined;
}

/** A description of a refused distribution format (`an egg`), or undefined when the name is no known format. */
export function refusedFormat(filename: string): string | undefined {
  const lower = filename.toLowerCase();
  return REFUSED_EXTENSIONS.find(([extension]) => lower.endsWith(extension))?.[1];
}

/** Splits a wheel filename into its parts; undefined when it does not have 5 or 6 dash-separated parts. */
export function parseWheelFilename(filename: string): WheelFilename | undefined {
  if (!filename.endsWith('.whl')) return undefined;
  const parts = filename.slice(0, -'.whl'.length).split('-');
  if (parts.length !== 5 && parts.length !== 6) return undefined;
  if (parts.some((part) => part === '')) return undefined;
  const [name, version] = parts as [string, string];
  const build = parts.length === 6 ? parts[2] : undefined;
  const [python, abi, platform] = parts.slice(-3) as [string, string, string];
  return {
    kind: 'wheel',
    name,
    version,
    build,
    pythonTags: python.split('.'),
    abiTags: abi.split('.'),
    platformTags: platform.split('.'),
  };
}

/** Splits an sdist filename at its last dash; undefined when there is none or a side is empty. */
export function parseSdistFilename(filename: string): SdistFilename | undefined {
  if (!filename.endsWith('.tar.gz')) return undefined;
  const stem = filename.slice(0, -'.tar.gz'.length);
  const dash = stem.lastIndexOf('-');
  if (dash <= 0 || dash === stem.length - 1) return undefined;
  return { kind: 'sdist', name: stem.slice(0, dash), version: stem.slice(dash + 1) };
}

export function parseDistFilename(filename: string): DistFilename | undefined {
  return parseWheelFilename(filename) ?? parseSdistFilename(filename);
}
