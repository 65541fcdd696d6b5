import type { JobDef } from './types';

export const REUSABLE = /^(?:([^/]+\/[^/]+)\/|\.\/)\.github\/workflows\/([^@]+?)(?:@(.+))?$/;
export const TOOLKIT_ACTION = /^(?:\$|\.|[^/]+\/[^/]+)\/actions\/([a-z-]+)(?:@.+)?$/;

export function needsOf(job: JobDef): string[] {
  if (job.needs === undefined) return [];
  return Array.isArray(job.needs) ? job.needs : [job.needs];
}

/** Jobs in `needs` order (a job runs once everything it needs has run). */
export function ordered(jobs: Record<string, JobDef>): string[] {
  const done: string[] = [];
  const pending = Object.keys(jobs);
  while (pending.length > 0) {
    const next = pending.findIndex((id) => needsOf(jobs[id] ?? {}).every((n) => done.includes(n)));
    if (next < 0) throw new Error(`jobs with unsatisfiable needs: ${pending.join(', ')}`);
    done.push(...pending.splice(next, 1));
  }
  return done;
}

export function refOf(version: string | undefined): string {
  if (version === undefined) return 'refs/heads/main';
  if (/^[0-9a-f]{40}$/.test(version) || version.startsWith('refs/')) return version;
  return /^v\d/.test(version) ? `refs/tags/${version}` : `refs/heads/${version}`;
}

/**
 * The labels of an evaluated `runs-on` that name another OS or architecture than an x64 Ubuntu runner (every job
 * runs on this one machine; these are the labels worth listing as mapped).
 */
export function foreignLabels(runsOn: unknown): string[] {
  const labels = Array.isArray(runsOn) ? runsOn.map(String) : runsOn === undefined ? [] : [String(runsOn)];
  return labels.filter((label) => !/^ubuntu-(latest|\d\d\.\d\d)$/.test(label));
}
