/**
 * The valid distribution every case starts from, so that each case breaks exactly one rule: a wheel and an sdist
 * of `demo_pkg 1.0` with a summary and a markdown long description (no warning of their own).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  buildTar,
  buildZip,
  sdistMembers,
  type TarMember,
  type WheelSpec,
  wheelMembers,
  type ZipMember,
  type ZipOptions,
} from '@pypi-release/testkit';
import type { BadInputCase, Written } from './case';

export const WHEEL = 'demo_pkg-1.0-py3-none-any.whl';
export const SDIST = 'demo_pkg-1.0.tar.gz';
export const TOP = 'demo_pkg-1.0';
export const DIST_INFO = 'demo_pkg-1.0.dist-info';

export interface MetadataSpec {
  readonly metadataVersion?: string;
  /** `null` leaves the field out. */
  readonly name?: string | null;
  readonly version?: string | null;
  readonly summary?: string;
  /** `null` declares no content type (the description is then reStructuredText). */
  readonly contentType?: string | null;
  /** Further header lines, as written. */
  readonly headers?: readonly string[];
  /** The long description; `null` for none. */
  readonly body?: string | null;
}

/** Core metadata text (METADATA or PKG-INFO) that passes every rule unless `spec` says otherwise. */
export function metadata(spec: MetadataSpec = {}): string {
  const lines = [`Metadata-Version: ${spec.metadataVersion ?? '2.1'}`];
  if (spec.name !== null) lines.push(`Name: ${spec.name ?? 'demo_pkg'}`);
  if (spec.version !== null) lines.push(`Version: ${spec.version ?? '1.0'}`);
  lines.push(`Summary: ${spec.summary ?? 'A demo package crafted to be refused'}`);
  if (spec.contentType !== null)
    lines.push(`Description-Content-Type: ${spec.contentType ?? 'text/markdown'}`);
  lines.push(...(spec.headers ?? []));
  const body = spec.body === undefined ? '# demo_pkg\n\nA package built to be refused.\n' : spec.body;
  return body === null ? `${lines.join('\n')}\n` : `${lines.join('\n')}\n\n${body}`;
}

/** The members of a valid wheel (RECORD with real hashes); `spec` adjusts them as testkit's `wheelMembers`. */
export function wheelParts(spec: WheelSpec = {}): ZipMember[] {
  const name = spec.name ?? 'demo_pkg';
  const version = spec.version ?? '1.0';
  return wheelMembers({ metadata: metadata({ name, version }), ...spec });
}

export function wheelZip(spec: WheelSpec = {}, options: ZipOptions = {}): Buffer {
  return buildZip(wheelParts(spec), options);
}

/** The members of a valid sdist under `top`, with `pkgInfo` as its PKG-INFO. */
export function sdistParts(top = TOP, pkgInfo: string | Buffer = metadata()): TarMember[] {
  return sdistMembers(top, pkgInfo);
}

export function sdistTarGz(members: TarMember[] = sdistParts()): Buffer {
  return gzipSync(buildTar(members));
}

/** Writes `data` as `dir/filename` and returns it as the case's one input. */
export async function writeOne(dir: string, filename: string, data: Buffer): Promise<Written> {
  const path = join(dir, filename);
  await writeFile(path, data);
  return { paths: [path] };
}

/** A case made of one file: `bytes` is called only when the case runs. */
export function fileCase(
  spec: Omit<BadInputCase, 'build'> & { readonly file: string; readonly bytes: () => Buffer },
): BadInputCase {
  const { file, bytes, ...rest } = spec;
  return { ...rest, build: (dir) => writeOne(dir, file, bytes()) };
}
