// The control channel of `duiding serve` on the embedded database: `duiding backup` and
// `duiding restore` beside a running server ask the server to do the work with its own PGlite
// (live-maintenance.ts). A Unix socket `control` in the same 0700 folder as the PostgreSQL socket
// (socket-server.ts), mode 0600: like that socket, only the same OS user can reach it, and the
// file system is the access control.
//
// The backup's bytes travel over the channel in both directions rather than as a file path for the
// server to open: the CLI writes and reads the files, with its own working directory, umask and
// view of the file system (a service manager may give the server a private /tmp or a read-only
// home), and the server never opens a path that it was sent.
//
// Protocol: the client sends one JSON line, {"op":"backup"} or {"op":"restore","bytes":N,"name":"…"}
// followed by N bytes. The server answers with JSON lines, {"progress":"…"} any number of times,
// then {"ok":true,…} or {"ok":false,"error":"…","kind":"…"}; a backup's ok line carries
// "bytes":N and N bytes follow it.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const CONTROL_NAME = 'control';

/** `name`: the file's name as the operator gave it, for messages only. */
export type ControlRequest = { op: 'backup' } | { op: 'restore'; data: Buffer; name: string };
export interface ControlHandlers {
  backup(progress: (text: string) => void): Promise<Buffer>;
  restore(data: Buffer, name: string, progress: (text: string) => void): Promise<Record<string, unknown>>;
}

/** An error that the server reports to the CLI; `kind` lets the CLI pick its exit code. */
export class ControlError extends Error {
  constructor(
    message: string,
    readonly kind: string,
  ) {
    super(message);
  }
}

export async function startControlChannel(dir: string, handlers: ControlHandlers, onError: (error: Error) => void): Promise<{ stop(): Promise<void> }> {
  const socketPath = path.join(dir, CONTROL_NAME);
  // The folder is ours (0700) and the data directory's lock says no other server runs: a file here was left by a crash.
  fs.rmSync(socketPath, { force: true });
  const server = net.createServer((socket) => {
    socket.on('error', () => socket.destroy());
    void readRequest(socket)
      .then((request) => answer(socket, request, handlers))
      .catch((error: Error) => {
        onError(error);
        socket.destroy();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  fs.chmodSync(socketPath, 0o600);
  return {
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(socketPath, { force: true });
    },
  };
}

async function answer(socket: net.Socket, request: ControlRequest, handlers: ControlHandlers) {
  const line = (value: unknown) => socket.write(`${JSON.stringify(value)}\n`);
  const progress = (text: string) => line({ progress: text });
  try {
    if (request.op === 'backup') {
      const data = await handlers.backup(progress);
      line({ ok: true, bytes: data.length });
      socket.end(data);
    } else {
      socket.end(`${JSON.stringify({ ok: true, ...(await handlers.restore(request.data, request.name, progress)) })}\n`);
    }
  } catch (error) {
    const kind = error instanceof ControlError ? error.kind : 'failed';
    socket.end(`${JSON.stringify({ ok: false, error: (error as Error).message, kind })}\n`);
  }
}

/**
 * Collects a JSON-lines head and then a body of a known length, keeping the body's chunks in a
 * list (a backup is tens of megabytes: concatenating on every chunk would copy it over and over).
 */
class Reader {
  private head = Buffer.alloc(0);
  private chunks: Buffer[] = [];
  private length = 0;
  private inBody = false;

  /** Adds a chunk; returns the complete lines found while still in the head. */
  push(chunk: Buffer): string[] {
    if (this.inBody) {
      this.chunks.push(chunk);
      this.length += chunk.length;
      return [];
    }
    this.head = Buffer.concat([this.head, chunk]);
    const lines: string[] = [];
    let end: number;
    while (!this.inBody && (end = this.head.indexOf(10)) >= 0) {
      lines.push(this.head.subarray(0, end).toString('utf8'));
      this.head = this.head.subarray(end + 1);
      if (this.startsBody(lines[lines.length - 1])) this.enterBody();
    }
    return lines;
  }

  /** Set by the owner: does this line announce a body? */
  startsBody: (line: string) => boolean = () => false;

  headLength(): number {
    return this.head.length;
  }

  private enterBody() {
    this.inBody = true;
    if (this.head.length) this.chunks.push(this.head);
    this.length = this.head.length;
    this.head = Buffer.alloc(0);
  }

  body(bytes: number): Buffer | null {
    return this.length >= bytes ? Buffer.concat(this.chunks, this.length).subarray(0, bytes) : null;
  }
}

/** Reads the request line (and a restore's bytes) from the CLI. */
function readRequest(socket: net.Socket): Promise<ControlRequest> {
  return new Promise((resolve, reject) => {
    const reader = new Reader();
    let header: { op?: string; bytes?: number; name?: unknown } | null = null;
    reader.startsBody = () => true; // the first line is the whole head
    const onData = (chunk: Buffer) => {
      const lines = reader.push(chunk);
      if (!header) {
        if (!lines.length) {
          if (reader.headLength() > 4096) fail(new Error('control: request line too long'));
          return;
        }
        try {
          header = JSON.parse(lines[0]);
        } catch {
          return fail(new Error('control: request is not JSON'));
        }
        if (header!.op === 'backup') return done({ op: 'backup' });
        if (header!.op !== 'restore' || !Number.isSafeInteger(header!.bytes) || header!.bytes! < 0) return fail(new Error('control: unknown request'));
      }
      const data = reader.body(header!.bytes!);
      if (data) done({ op: 'restore', data, name: typeof header!.name === 'string' ? header!.name.slice(0, 500) : 'het bestand' });
    };
    const done = (request: ControlRequest) => {
      socket.off('data', onData);
      resolve(request);
    };
    const fail = (error: Error) => {
      socket.off('data', onData);
      reject(error);
    };
    socket.on('data', onData);
    socket.once('end', () => fail(new Error('control: request ended early')));
  });
}

/** The CLI's side: sends the request, reports progress lines, and returns the final answer (and a backup's bytes). */
export function controlRequest(
  dir: string,
  request: ControlRequest,
  onProgress: (text: string) => void,
): Promise<{ answer: Record<string, unknown>; data?: Buffer }> {
  return new Promise((resolve, reject) => {
    const socket = net.createConnection(path.join(dir, CONTROL_NAME));
    const reader = new Reader();
    let final: Record<string, unknown> | null = null;
    reader.startsBody = (line) => {
      const message = JSON.parse(line) as Record<string, unknown>;
      return message.ok === true && typeof message.bytes === 'number';
    };
    let settled = false;
    const settle = (error: Error | null, value?: { answer: Record<string, unknown>; data?: Buffer }) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      if (error) reject(error);
      else resolve(value!);
    };
    socket.on('connect', () => {
      if (request.op === 'backup') socket.write('{"op":"backup"}\n');
      else {
        socket.write(`${JSON.stringify({ op: 'restore', bytes: request.data.length, name: request.name })}\n`);
        socket.write(request.data);
      }
    });
    socket.on('data', (chunk: Buffer) => {
      for (const line of reader.push(chunk)) {
        const message = JSON.parse(line) as Record<string, unknown>;
        if (typeof message.progress === 'string') onProgress(message.progress);
        else final = message;
      }
      if (!final) return;
      if (final.ok !== true) return settle(new ControlError(String(final.error), String(final.kind)));
      if (typeof final.bytes !== 'number') return settle(null, { answer: final });
      const data = reader.body(final.bytes);
      if (data) settle(null, { answer: final, data });
    });
    socket.on('error', (error) => settle(error));
    socket.on('close', () => settle(new Error('de server sloot het kanaal voordat het antwoord compleet was (the server closed the channel early)')));
  });
}
