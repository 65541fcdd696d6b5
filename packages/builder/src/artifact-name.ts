import { createHash } from 'node:crypto';

/**
 * The default name of a build job's artifact, unique per matrix job: `dists-<job>-<hash>`, the hash taken over
 * the matrix values (`toJSON(matrix)`, `null` outside a matrix) and the working directory — so matrix jobs and
 * several builds in one job do not collide, and a re-run gets the same name.
 */
export function defaultArtifactName(job: string, matrix: string, workingDirectory: string): string {
  const hash = createHash('sha256').update(`${matrix.trim()}\n${workingDirectory}`).digest('hex').slice(0, 8);
  const safeJob = job.replace(/[^A-Za-z0-9_.-]+/g, '-') || 'build';
  return `dists-${safeJob}-${hash}`;
}
