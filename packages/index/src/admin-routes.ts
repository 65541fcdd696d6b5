import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from '@pypi-release/zod';
import { faultSpecSchema } from './config';
import type { FaultInjector } from './faults';
import { sendJson } from './http/respond';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

const requestSchema = z.union([
  z.strictObject({ clear: z.literal(true) }),
  z.strictObject({ faults: z.array(faultSpecSchema) }),
  faultSpecSchema,
]);

export function isLoopback(req: IncomingMessage): boolean {
  return LOOPBACK.has(req.socket.remoteAddress ?? '');
}

async function readBody(req: IncomingMessage, max: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `POST /_admin/faults` (a fault spec, `{"faults": [...]}` or `{"clear": true}`) and `GET /_admin/faults`
 * (every fault with its hit count). The caller has checked that faults are enabled and the peer is loopback.
 */
export async function handleFaultsAdmin(
  req: IncomingMessage,
  res: ServerResponse,
  faults: FaultInjector,
): Promise<void> {
  if (req.method === 'GET') {
    sendJson(res, 200, { faults: faults.list() });
    return;
  }
  const text = await readBody(req, 64 * 1024);
  let value: unknown;
  try {
    value = JSON.parse(text ?? '');
  } catch {
    sendJson(res, 400, { message: 'The body must be JSON: a fault, {"faults": [...]} or {"clear": true}.' });
    return;
  }
  const parsed = requestSchema.safeParse(value);
  if (!parsed.success) {
    sendJson(res, 400, { message: z.prettifyError(parsed.error) });
    return;
  }
  try {
    const request = parsed.data;
    if ('clear' in request) faults.clear();
    else if ('faults' in request) for (const spec of request.faults) faults.add(spec);
    else faults.add(request);
  } catch (error) {
    sendJson(res, 400, { message: error instanceof Error ? error.message : String(error) });
    return;
  }
  sendJson(res, 200, { faults: faults.list() });
}
