import type { IncomingMessage, ServerResponse } from 'node:http';

const TITLES: Record<number, string> = {
  200: 'OK',
  301: 'Moved Permanently',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  410: 'Gone',
  413: 'Payload Too Large',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const EXPLANATIONS: Record<number, string> = {
  400: 'The server could not comply with the request since it is either malformed or otherwise incorrect.',
  403: 'Access was denied to this resource.',
  404: 'The resource could not be found.',
  410: 'This resource is no longer available.',
};

export function titleOf(status: number): string {
  return TITLES[status] ?? 'Error';
}

/** A reason phrase HTTP can carry: one line of latin1 printable characters, bounded. */
export function sanitizeReason(message: string): string {
  const oneLine = message
    .replace(/[\r\n\t\u0000-\u001f\u007f]+/g, ' ')
    .replace(/[^\u0020-\u007e\u00a0-\u00ff]/g, '?')
    .trim();
  return oneLine.length > 1024 ? `${oneLine.slice(0, 1021)}...` : oneLine;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function wantsJson(req: IncomingMessage): boolean {
  return /application\/json/i.test(req.headers.accept ?? '');
}

/** Sends a body with its content type (and length), unless the socket is already gone. */
export function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
  reason?: string,
): void {
  if (res.headersSent || res.destroyed) return;
  const data = typeof body === 'string' ? Buffer.from(body) : body;
  res.statusCode = status;
  res.statusMessage = reason !== undefined ? sanitizeReason(reason) : titleOf(status);
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', data.length);
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.end(data);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  send(res, status, 'application/json', JSON.stringify(value), headers);
}

/**
 * PyPI's error answer: the message is the reason phrase (`400 File already exists (…)`), and the body repeats it —
 * JSON `{"message", "code", "title"}` when the client accepts JSON, Pyramid's HTML error page otherwise.
 */
export function sendError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  const reason = sanitizeReason(message);
  const title = titleOf(status);
  if (wantsJson(req)) {
    send(
      res,
      status,
      'application/json',
      JSON.stringify({ message, code: `${status} ${reason}`, title }),
      headers,
      reason,
    );
    return;
  }
  const explanation = EXPLANATIONS[status] ?? '';
  const html = `<html>\n <head>\n  <title>${status} ${escapeHtml(title)}</title>\n </head>\n <body>\n  <h1>${status} ${escapeHtml(title)}</h1>\n  ${escapeHtml(explanation)}<br/><br/>\n${escapeHtml(message)}\n\n\n </body>\n</html>`;
  send(res, status, 'text/html; charset=UTF-8', html, headers, reason);
}

export function redirect(res: ServerResponse, status: 301 | 308, location: string): void {
  send(res, status, 'text/html; charset=UTF-8', `<a href="${escapeHtml(location)}">Moved</a>`, {
    Location: location,
  });
}
