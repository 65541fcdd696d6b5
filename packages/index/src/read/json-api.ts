import type { IncomingMessage, ServerResponse } from 'node:http';
import { compareVersions, isPrerelease, normalizeName } from '@pypi-release/dists';
import { redirect, sendError, sendJson } from '../http/respond';
import type { FileRow, ProjectRow, ReleaseRow, StoredMetadata } from '../storage/rows';
import type { Storage } from '../storage/storage';
import { releaseKey } from '../upload/release-key';
import { fileUrl } from './file-urls';

const SINGLE = [
  'author',
  'author-email',
  'description-content-type',
  'download-url',
  'home-page',
  'keywords',
  'license',
  'license-expression',
  'maintainer',
  'maintainer-email',
  'requires-python',
  'summary',
];

function fileEntry(base: string, file: FileRow): Record<string, unknown> {
  const iso = new Date(file.upload_time_ms).toISOString();
  return {
    comment_text: '',
    digests: { blake2b_256: file.blake2_256, md5: file.md5, sha256: file.sha256 },
    downloads: -1,
    filename: file.filename,
    has_sig: false,
    md5_digest: file.md5,
    packagetype: file.packagetype,
    python_version: file.python_version,
    requires_python: file.requires_python,
    size: file.size,
    upload_time: iso.slice(0, 19),
    upload_time_iso_8601: iso.replace(/\.(\d{3})Z$/, '.$1000Z'),
    url: fileUrl(base, file),
    yanked: file.yanked === 1,
    yanked_reason: file.yanked_reason,
  };
}

function info(base: string, project: ProjectRow, release: ReleaseRow): Record<string, unknown> {
  const md = JSON.parse(release.metadata) as StoredMetadata;
  const one = (key: string): string | null => md.fields[key]?.[0] ?? null;
  const many = (key: string): string[] | null => md.fields[key] ?? null;
  const out: Record<string, unknown> = {};
  for (const key of SINGLE) out[key.replace(/-/g, '_')] = one(key);
  const projectUrls: Record<string, string> = {};
  for (const entry of md.fields['project-url'] ?? []) {
    const comma = entry.indexOf(',');
    if (comma > 0) projectUrls[entry.slice(0, comma).trim()] = entry.slice(comma + 1).trim();
  }
  const projectPage = `${base}/project/${project.name}/`;
  return {
    ...out,
    bugtrack_url: null,
    classifiers: md.fields.classifier ?? [],
    description: md.description ?? '',
    docs_url: null,
    downloads: { last_day: -1, last_month: -1, last_week: -1 },
    dynamic: many('dynamic'),
    license_files: many('license-file'),
    name: project.name,
    package_url: projectPage,
    platform: one('platform'),
    project_url: projectPage,
    project_urls: Object.keys(projectUrls).length > 0 ? projectUrls : null,
    provides_extra: many('provides-extra'),
    release_url: `${projectPage}${release.version}/`,
    requires_dist: many('requires-dist'),
    version: release.version,
    yanked: release.yanked === 1,
    yanked_reason: release.yanked_reason,
  };
}

/** The release `/pypi/<name>/json` describes: the highest final, unyanked release (PEP 440), else the highest. */
function latest(releases: readonly ReleaseRow[]): ReleaseRow | undefined {
  const sorted = [...releases].sort((a, b) => compareVersions(a.version, b.version));
  const finals = sorted.filter((r) => !isPrerelease(r.version) && r.yanked === 0);
  return finals.at(-1) ?? sorted.at(-1);
}

/** `GET /pypi/<name>/json` and `GET /pypi/<name>/<version>/json` (PYPI.md §4). */
export function serveJsonApi(
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
  version: string | undefined,
  storage: Storage,
  base: string,
): void {
  const project = storage.index.project(normalizeName(name));
  if (!project) {
    sendError(req, res, 404, 'Not Found');
    return;
  }
  if (project.name !== name) {
    redirect(
      res,
      301,
      `/pypi/${encodeURIComponent(project.name)}/${version ? `${encodeURIComponent(version)}/` : ''}json`,
    );
    return;
  }
  const releases = storage.index.releases(project.id);
  const release = version
    ? releases.find((r) => r.canonical_version === releaseKey(version))
    : latest(releases);
  if (!release) {
    sendError(req, res, 404, 'Not Found');
    return;
  }
  const files = storage.index.filesOfProject(project.id);
  const body: Record<string, unknown> = {
    info: info(base, project, release),
    last_serial: files.reduce((max, f) => Math.max(max, f.id), 0),
    urls: files.filter((f) => f.release_id === release.id).map((f) => fileEntry(base, f)),
    vulnerabilities: [],
  };
  if (!version) {
    body.releases = Object.fromEntries(
      releases.map((r) => [
        r.version,
        files.filter((f) => f.release_id === r.id).map((f) => fileEntry(base, f)),
      ]),
    );
  }
  sendJson(res, 200, body);
}
