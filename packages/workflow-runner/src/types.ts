import type { ArtifactService } from '@pypi-release/artifact-service';
import type { OidcIssuer } from '@pypi-release/oidc-issuer';

export interface RunWorkflowOptions {
  /** The caller workflow file (a workflow whose jobs call pypi-release.yml, or not). */
  readonly caller: string;
  /** The project the `actions/checkout` steps copy into each job's workspace. */
  readonly project: string;
  /** Where the jobs' workspaces go. */
  readonly workDir: string;
  readonly issuer: OidcIssuer;
  readonly artifacts: ArtifactService;
  /** The local index's upload URL: every `repository-url` of a publish step is pointed there (unless `indexes` names it). */
  readonly repositoryUrl: string;
  /**
   * Other local indexes by the upload URL a workflow names (`https://test.pypi.org/legacy/` → a second local
   * index), so that a release published to two indexes lands on two.
   */
  readonly indexes?: Readonly<Record<string, string>>;
  /**
   * The local index's simple URL, every job's `PIP_INDEX_URL` (the index plays PyPI for installs). Default: the
   * `repositoryUrl` with `/legacy/` replaced by `/simple/`.
   */
  readonly simpleUrl?: string;
  /** The interpreter a fresh setup-python venv is made from. Default Debian's `/usr/bin/python3`. */
  readonly python?: string;
  /**
   * Where the pristine setup-python venv is kept between runs (copied for every job). Default this repository's
   * `.cache` (ignored by git).
   */
  readonly cacheDir?: string;
  /** The root of the toolkit (holding `.github/workflows/pypi-release.yml` and `actions/`). Default: this repository. */
  readonly toolkitRoot?: string;
  /** The caller's file name under `.github/workflows/` (in `workflow_ref`). Default: the name of `caller`. */
  readonly workflowFile?: string;
  /** The repository the caller workflow lives in. Default `octo-org/octo-repo`. */
  readonly callerRepository?: string;
  /** The repository of the reusable workflow and actions. Default `org/toolkit`; equal to `callerRepository` for a same-repository call. */
  readonly toolkitRepository?: string;
  readonly ownerId?: string;
  /** The caller's ref. Default `refs/tags/v1.0.0`. */
  readonly ref?: string;
  readonly secrets?: Readonly<Record<string, string>>;
  /** Reject every environment approval (`true`) or those of the named environments. */
  readonly rejectApproval?: boolean | readonly string[];
  readonly runId?: number;
  /**
   * The local Sigstore (Fulcio, Rekor v1) that publish steps sign attestations with, in place of the public one
   * (`PYPI_RELEASE_SIGSTORE_*` in their environment). Absent: publish steps are given no Sigstore, and they skip
   * attestations for the local index, as for any index that is not PyPI.
   */
  readonly sigstore?: { readonly fulcioUrl: string; readonly rekorUrl: string };
}

export type Outcome = 'success' | 'failure' | 'skipped' | 'rejected';

export interface StepResult {
  readonly name: string;
  readonly outcome: Outcome;
  readonly outputs: Record<string, string>;
  readonly log: string;
  readonly summary: string;
  /** How a third-party step was mapped to a local equivalent. */
  readonly mapped?: string;
}

export interface JobResult {
  /** `caller-job` or `caller-job / reusable-job`. */
  readonly id: string;
  readonly outcome: Outcome;
  readonly reason?: string;
  readonly environment?: string;
  readonly outputs: Record<string, string>;
  readonly steps: StepResult[];
  readonly summary: string;
  readonly claims?: { readonly workflow_ref: string; readonly job_workflow_ref: string };
}

export interface WorkflowRunResult {
  /** No job failed or was rejected. */
  readonly ok: boolean;
  readonly jobs: JobResult[];
  /** The caller jobs' outputs (for a reusable-workflow call: the workflow's outputs). */
  readonly outputs: Record<string, Record<string, string>>;
  /** Every third-party step or setting mapped to a local equivalent. */
  readonly mappings: string[];
  /** `approval requested for environment X: approved|rejected`. */
  readonly approvals: string[];
  readonly text: string;
}

export type Yaml = Record<string, unknown>;
export type JobDef = Yaml & { steps?: Yaml[]; needs?: string | string[]; uses?: string };
