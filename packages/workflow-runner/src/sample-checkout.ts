import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type ProjectSpec, writePythonProject } from '@pypi-release/testkit';
import { parse } from 'yaml';
import type { JobDef, Yaml } from './types';
import { REUSABLE, TOOLKIT_ACTION } from './workflow-graph';

/** One Python project of a sample checkout. */
export interface SamplePackage {
  /** The project folder, relative to the checkout (`.` for a single project). */
  readonly directory: string;
  readonly name: string;
  readonly version: string;
  /** The import name. */
  readonly module: string;
}

/**
 * Writes the repository that `actions/checkout` hands a caller's jobs: one hatchling project at the root, or,
 * when the caller builds from other folders (a monorepo's `working-directory` per call of the reusable
 * workflow or per build step), one project in each of them, named `<name>-<folder>`.
 */
export async function writeSampleCheckout(
  dir: string,
  caller: string,
  spec: ProjectSpec,
): Promise<SamplePackage[]> {
  const packages: SamplePackage[] = [];
  for (const directory of await projectFolders(caller)) {
    const name = directory === '.' ? spec.name : `${spec.name}-${basename(directory)}`;
    const module = await writePythonProject(join(dir, directory), { ...spec, name });
    packages.push({ directory, name, version: spec.version, module });
  }
  return packages;
}

/** The folders a caller builds from: each `working-directory` given to the reusable workflow or a build step. */
export async function projectFolders(caller: string): Promise<string[]> {
  const workflow = parse(await readFile(caller, 'utf8')) as Yaml;
  const found = new Set<string>();
  for (const job of Object.values((workflow.jobs as Record<string, JobDef> | undefined) ?? {})) {
    if (job.uses !== undefined && REUSABLE.test(job.uses)) found.add(folderOf(job.with));
    for (const step of job.steps ?? [])
      if (TOOLKIT_ACTION.exec(String(step.uses ?? ''))?.[1] === 'build') found.add(folderOf(step.with));
  }
  const literal = [...found].filter((d) => !d.includes('$' + '{{'));
  return literal.length === 0 ? ['.'] : literal;
}

function folderOf(withs: unknown): string {
  const value = (withs as Yaml | undefined)?.['working-directory'];
  return typeof value === 'string' && value.trim() !== '' ? value.replace(/^\.\/|\/$/g, '') || '.' : '.';
}
