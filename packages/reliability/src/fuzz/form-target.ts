import { readdirSync } from 'node:fs';
import { Agent, createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MultipartError, receiveForm } from '@pypi-release/index';
import { closeServer, listen } from '@pypi-release/testkit';
import { type FormInput, formInput } from './form-inputs';
import { showMade } from './show';
import type { FuzzTarget } from './target';
import { openTempFolder } from './temp-folder';

/** A temporary upload file was left in the index's tmp folder after the form was read or refused. */
class TempFileLeft extends Error {
  override readonly name = 'TempFileLeft';
}

type Outcome = { ok: true } | { ok: false; error: unknown };

/**
 * The index's upload form reader (`receiveForm` over the streaming multipart parser), fed through a real
 * loopback HTTP server so the parser reads a real `IncomingMessage`. Besides returning or throwing
 * `MultipartError`, it must leave no temporary upload file behind.
 */
export const formTarget: FuzzTarget<FormInput> = {
  name: 'index form parser (receiveForm → parseMultipart)',
  input: formInput,
  typedErrors: [MultipartError],
  show: (input) => showMade({ how: input.how, bytes: input.body }),
  open: async () => {
    const folder = openTempFolder('form');
    const inputs = new Map<string, FormInput>();
    const outcomes = new Map<string, (outcome: Outcome) => void>();
    const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
      const id = String(req.headers['x-fuzz-id']);
      const input = inputs.get(id);
      if (!input) {
        res.writeHead(404).end();
        return;
      }
      let outcome: Outcome;
      try {
        const form = await receiveForm(req, {
          tmpDir: folder.dir,
          limits: input.limits,
          keepFile: input.keepFile,
          fileLimit: () => input.fileLimit,
          faults: undefined,
          onConnectionFault: async () => {
            throw new Error('no faults are configured');
          },
        });
        await form.file?.stored?.temp.discard();
        outcome = { ok: true };
      } catch (error) {
        outcome = { ok: false, error };
      }
      const left = readdirSync(folder.dir);
      if (left.length > 0) outcome = { ok: false, error: new TempFileLeft(`left ${left.join(', ')} behind`) };
      res.writeHead(outcome.ok ? 200 : 400, { connection: 'close' }).end();
      outcomes.get(id)?.(outcome);
    };
    const server = createServer((req, res) => void handle(req, res));
    await listen(server, '127.0.0.1', 0);
    const { port } = server.address() as AddressInfo;
    const agent = new Agent({ keepAlive: false });
    let next = 0;
    let previous: ReturnType<typeof request> | undefined;
    return {
      call: async (input) => {
        previous?.destroy(); // an abandoned (timed-out) request must not overlap this one
        const id = String(next++);
        inputs.set(id, input);
        const served = new Promise<Outcome>((resolve) => outcomes.set(id, resolve));
        const sent = new Promise<void>((resolve) => {
          const headers: Record<string, string | number> = { 'x-fuzz-id': id };
          if (input.contentType !== undefined) headers['content-type'] = input.contentType;
          if (input.chunked) headers['transfer-encoding'] = 'chunked';
          else headers['content-length'] = input.body.length;
          const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/legacy/', agent, headers });
          previous = req;
          req.on('error', () => resolve()); // the server may refuse before reading everything
          req.on('response', (res) => {
            res.resume();
            res.on('end', resolve);
            res.on('error', () => resolve());
          });
          writeInPieces(req, input);
        });
        try {
          const outcome = await served;
          await sent;
          if (!outcome.ok) throw outcome.error;
        } finally {
          inputs.delete(id);
          outcomes.delete(id);
        }
      },
      close: async () => {
        previous?.destroy();
        agent.destroy();
        await closeServer(server);
        await folder.remove();
      },
    };
  },
};

/** At most this many writes of the generated sizes; the rest of a large body goes in one write. */
const MAX_WRITES = 256;

function writeInPieces(req: ReturnType<typeof request>, input: FormInput): void {
  let at = 0;
  for (let i = 0; at < input.body.length && i < MAX_WRITES; i++) {
    const size = input.writes[i % input.writes.length] ?? input.body.length;
    req.write(input.body.subarray(at, at + size));
    at += size;
  }
  req.end(input.body.subarray(at));
}
