import type { IncomingMessage, ServerResponse } from 'node:http';
import { normalizeName } from '@pypi-release/dists';
import { escapeHtml, redirect, send, sendError } from '../http/respond';
import type { ListedFile, ProjectRow } from '../storage/rows';
import type { Storage } from '../storage/storage';
import { fileUrl, uploadTime } from './file-urls';
import { provenanceUrl } from './integrity-api';
import { contentTypeOf, negotiate, type SimpleFormat } from './negotiate';

const API_VERSION = '1.3';

function answer(res: ServerResponse, format: SimpleFormat, json: unknown, html: string): void {
  const type = contentTypeOf(format);
  send(res, 200, type, format === 'json' ? JSON.stringify(json) : html, { Vary: 'Accept' });
}

/** `GET /simple/`: every project (PEP 503 / PEP 691). */
export function serveSimpleIndex(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  storage: Storage,
  htmlOnly = false,
): void {
  const format = htmlOnly ? 'html' : negotiate(req.headers.accept, url.searchParams.get('format'));
  const projects = storage.index.projects();
  const links = projects
    .map((p) => `    <a href="/simple/${p.normalized_name}/">${escapeHtml(p.name)}</a><br />`)
    .join('\n');
  const html = `<!DOCTYPE html>\n<html>\n  <head>\n    <meta name="pypi:repository-version" content="${API_VERSION}">\n    <title>Simple index</title>\n  </head>\n  <body>\n${links}\n  </body>\n</html>\n`;
  answer(
    res,
    format,
    { meta: { 'api-version': API_VERSION }, projects: projects.map((p) => ({ name: p.name })) },
    html,
  );
}

function fileJson(base: string, project: string, file: ListedFile): Record<string, unknown> {
  const metadata = file.metadata_sha256 ? { sha256: file.metadata_sha256 } : false;
  return {
    filename: file.filename,
    url: fileUrl(base, file),
    hashes: { sha256: file.sha256 },
    'requires-python': file.requires_python,
    'core-metadata': metadata,
    'data-dist-info-metadata': metadata,
    size: file.size,
    'upload-time': uploadTime(file.upload_time_ms),
    yanked: file.yanked ? (file.yanked_reason ?? true) : false,
    provenance: file.has_provenance ? provenanceUrl(base, project, file) : null,
  };
}

function fileAnchor(base: string, project: string, file: ListedFile): string {
  const attrs = [`href="${escapeHtml(`${fileUrl(base, file)}#sha256=${file.sha256}`)}"`];
  if (file.requires_python) attrs.push(`data-requires-python="${escapeHtml(file.requires_python)}"`);
  if (file.metadata_sha256) {
    attrs.push(`data-dist-info-metadata="sha256=${file.metadata_sha256}"`);
    attrs.push(`data-core-metadata="sha256=${file.metadata_sha256}"`);
  }
  if (file.has_provenance) attrs.push(`data-provenance="${escapeHtml(provenanceUrl(base, project, file))}"`);
  if (file.yanked) attrs.push(`data-yanked="${escapeHtml(file.yanked_reason ?? '')}"`);
  return `    <a ${attrs.join(' ')}>${escapeHtml(file.filename)}</a><br />`;
}

function projectPage(base: string, project: ProjectRow, files: ListedFile[], versions: string[]) {
  const json = {
    meta: { 'api-version': API_VERSION },
    name: project.normalized_name,
    versions,
    files: files.map((f) => fileJson(base, project.normalized_name, f)),
  };
  const title = `Links for ${escapeHtml(project.normalized_name)}`;
  const html = `<!DOCTYPE html>\n<html>\n  <head>\n    <meta name="pypi:repository-version" content="${API_VERSION}">\n    <title>${title}</title>\n  </head>\n  <body>\n    <h1>${title}</h1>\n${files.map((f) => fileAnchor(base, project.normalized_name, f)).join('\n')}\n  </body>\n</html>\n`;
  return { json, html };
}

/**
 * `GET /simple/<name>/`: a project's files; non-normalised names redirect (301) to the normalised URL.
 * `htmlOnly`: always the PEP 503 HTML page, whatever the Accept header asks (like a static or older index).
 */
export function serveSimpleProject(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  name: string,
  storage: Storage,
  base: string,
  htmlOnly = false,
): void {
  const normalized = normalizeName(name);
  if (normalized !== name || !url.pathname.endsWith('/')) {
    redirect(res, 301, `/simple/${encodeURIComponent(normalized)}/${url.search}`);
    return;
  }
  const project = storage.index.project(normalized);
  if (!project) {
    sendError(req, res, 404, 'Not Found');
    return;
  }
  const format = htmlOnly ? 'html' : negotiate(req.headers.accept, url.searchParams.get('format'));
  const versions = storage.index.releases(project.id).map((r) => r.version);
  const { json, html } = projectPage(base, project, storage.index.filesOfProject(project.id), versions);
  answer(res, format, json, html);
}
