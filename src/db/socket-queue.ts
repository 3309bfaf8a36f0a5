// Serialises the socket sessions of `duiding serve` with the server's own use of its PGlite.
//
// PGlite has one connection. The queue that @electric-sql/pglite-socket brings runs each protocol
// message under PGlite's query lock only, so a statement of the web server could land inside a
// transaction the CLI opened over the socket (and commit or roll back the CLI's half-done work),
// and a CLI statement could land between two statements of a server transaction. This queue
// takes PGlite's transaction lock, the one that query(), exec() and transaction() take, from a
// session's first message until PGlite answers ReadyForQuery with status idle ('I'): the end of
// a statement outside a transaction, of a whole transaction, or of an extended-protocol sync.
//
// While `duiding restore` swaps the database of a running server (live-maintenance.ts), the
// queue is paused: a session that does not hold the lock gets a PostgreSQL error with the reason
// (the client prints it) and is disconnected. Sessions that began before the swap are refused
// afterwards too: they talked to the database that is gone.
import type { PGlite } from '@electric-sql/pglite';

/** The PGlite internals this relies on (public methods, underscore-named but stable in 0.5). */
export interface LockablePglite {
  runExclusive<T>(fn: () => Promise<T>): Promise<T>;
  _runExclusiveTransaction<T>(fn: () => Promise<T>): Promise<T>;
  execProtocolRawStream(message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }): Promise<void>;
  execProtocolRaw(message: Uint8Array): Promise<Uint8Array>;
  /** Parses the answer itself and throws the database's error (execProtocol would hand the answer to the last socket session's callback). */
  execProtocolStream(message: Uint8Array): Promise<unknown>;
  isInTransaction(): boolean;
}

/** 'Z', length 5, status 'I': ReadyForQuery, not in a transaction. */
const READY_IDLE = [0x5a, 0, 0, 0, 5, 0x49];

export class SessionQueue {
  private db: LockablePglite;
  /** Why sessions are refused right now (a restore is running), or null. */
  private paused: string | null = null;
  /** Counts database swaps; a session is bound to the one it started on. */
  private generation = 0;
  private readonly started = new Map<number, number>();
  /** The handler that holds the transaction lock, and the function that lets it go. */
  private holder: { handlerId: number; release: () => void } | null = null;
  /** Handlers whose client went away: a message of theirs still waiting must not take the lock. */
  private readonly gone = new Set<number>();

  constructor(db: PGlite) {
    this.db = db as unknown as LockablePglite;
  }

  /** Runs one protocol message of a session; resolves with the number of bytes answered. */
  async enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    if (!this.started.has(handlerId)) this.started.set(handlerId, this.generation);
    if (this.holder?.handlerId !== handlerId) {
      this.refuseIfClosed(handlerId, onData);
      await this.acquire(handlerId);
      if (this.paused !== null || this.started.get(handlerId) !== this.generation) {
        this.releaseFor(handlerId);
        this.refuseIfClosed(handlerId, onData);
      }
    }
    if (this.gone.has(handlerId)) {
      this.releaseFor(handlerId);
      throw new Error('client disconnected');
    }
    let bytes = 0;
    const tail: number[] = [];
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(message, {
          onRawData: (data) => {
            bytes += data.length;
            onData(data);
            for (let i = Math.max(0, data.length - READY_IDLE.length); i < data.length; i++) tail.push(data[i]);
            tail.splice(0, Math.max(0, tail.length - READY_IDLE.length));
          },
        }),
      );
    } catch (error) {
      this.releaseFor(handlerId);
      throw error;
    }
    if (tail.length === READY_IDLE.length && tail.every((b, i) => b === READY_IDLE[i])) this.releaseFor(handlerId);
    return bytes;
  }

  /** Called by the handler when its client goes away (before clearTransactionIfNeeded). */
  clearQueueForHandler(handlerId: number): void {
    this.gone.add(handlerId);
    this.started.delete(handlerId);
  }

  /**
   * Refuses sessions from now on with `reason`. The session inside a transaction (if any) goes on
   * until it ends; whoever takes the transaction lock next knows no session holds it.
   */
  pause(reason: string): void {
    this.paused = reason;
  }

  /** Takes sessions again, on `db` when the database was replaced (earlier sessions stay refused). */
  resume(db?: PGlite): void {
    if (db) {
      this.db = db as unknown as LockablePglite;
      this.generation++;
    }
    this.paused = null;
  }

  /** While paused, or for a session of a replaced database: a FATAL error to the client, then the handler closes. */
  private refuseIfClosed(handlerId: number, onData: (data: Uint8Array) => void): void {
    const stale = this.started.get(handlerId) !== this.generation;
    if (this.paused === null && !stale) return;
    const reason = this.paused ?? RESTORED;
    onData(errorResponse(reason));
    throw new Error(reason);
  }

  /** A client that disconnects inside a transaction: roll it back, then let the others in. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.holder?.handlerId !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.runExclusive(() => this.db.execProtocolRaw(simpleQuery('ROLLBACK')));
    this.releaseFor(handlerId);
  }

  getQueueLength(): number {
    return 0;
  }

  /** Waits for PGlite's transaction lock (in line with the server's own queries) and keeps it. */
  private acquire(handlerId: number): Promise<void> {
    return new Promise<void>((acquired) => {
      void this.db._runExclusiveTransaction(
        () =>
          new Promise<void>((release) => {
            this.holder = { handlerId, release };
            acquired();
          }),
      );
    });
  }

  private releaseFor(handlerId: number) {
    if (this.holder?.handlerId !== handlerId) return;
    const { release } = this.holder;
    this.holder = null;
    release();
  }
}

const RESTORED =
  'De database van de server is intussen teruggezet uit een back-up; start het commando opnieuw. ' +
  "(The server's database was restored from a backup meanwhile; run the command again.)";

/** ErrorResponse, severity FATAL, SQLSTATE 57P03 (cannot_connect_now): the client shows the message. */
function errorResponse(message: string): Uint8Array {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C57P03\0M${message}\0\0`, 'utf8');
  const out = Buffer.alloc(5 + fields.length);
  out.write('E', 0, 'ascii');
  out.writeInt32BE(4 + fields.length, 1);
  fields.copy(out, 5);
  return out;
}

/** A simple-protocol Query message. */
export function simpleQuery(sql: string): Uint8Array {
  const body = Buffer.from(`${sql}\0`, 'utf8');
  const message = Buffer.alloc(5 + body.length);
  message.write('Q', 0, 'ascii');
  message.writeInt32BE(4 + body.length, 1);
  body.copy(message, 5);
  return message;
}
