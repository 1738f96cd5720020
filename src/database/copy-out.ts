import type { ClientBase, Connection, Submittable } from 'pg';
import type { Duplex } from 'node:stream';

/** Bytes per page handed on: large enough that a national read is a few hundred hand-offs. */
const PAGE_BYTES = 1 << 20;

/**
 * `COPY (query) TO STDOUT` on a node-postgres client, in text format, its output handed on as
 * pages of whole rows (PostgreSQL sends one CopyData message per row). The client parses no row
 * and builds no value: the bytes are copied into pages, so whoever takes them (another thread)
 * does that work. The next page is handed on only once the last one's promise settled, and the
 * socket is paused meanwhile, so a slow taker holds the rows back in the server, not in memory.
 * A page refused ends the hand-offs: the rest of the output is read and dropped, and the copy
 * fails with that refusal once the server has finished.
 */
export function copyOut(client: ClientBase, query: string, onPage: (page: Uint8Array) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    client.query(new CopyOutQuery(`COPY (${query}) TO STDOUT`, onPage, (error) => (error ? reject(error) : resolve())));
  });
}

class CopyOutQuery implements Submittable {
  private page = new Uint8Array(PAGE_BYTES);
  private used = 0;
  private handing: Promise<void> = Promise.resolve();
  private waiting = 0;
  private refusal: unknown;
  private socket: Duplex | undefined;

  constructor(
    private readonly text: string,
    private readonly onPage: (page: Uint8Array) => Promise<void>,
    private readonly settle: (error?: unknown) => void,
  ) {}

  submit(connection: Connection): void {
    this.socket = connection.stream;
    connection.query(this.text);
  }

  handleCopyData({ chunk }: { chunk: Buffer }): void {
    if (this.refusal !== undefined) return;
    if (this.used + chunk.length > this.page.length) this.handOn();
    if (chunk.length > this.page.length) this.page = new Uint8Array(chunk.length);
    this.page.set(chunk, this.used);
    this.used += chunk.length;
  }

  handleCommandComplete(): void {
    this.handOn();
  }

  handleReadyForQuery(): void {
    void this.handing.then(() => this.settle(this.refusal));
  }

  /** The server's error (the query failed) or the connection's; no ready-for-query follows the first. */
  handleError(error: Error): void {
    void this.handing.then(() => this.settle(error));
  }

  // A COPY answers with none of these; node-postgres calls them on whatever query is active.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}

  private handOn(): void {
    if (this.used === 0 || this.refusal !== undefined) return;
    const page = this.page.subarray(0, this.used);
    this.page = new Uint8Array(PAGE_BYTES);
    this.used = 0;
    this.waiting++;
    this.socket?.pause();
    this.handing = this.handing
      .then(() => (this.refusal === undefined ? this.onPage(page) : undefined))
      .catch((error: unknown) => void (this.refusal ??= error))
      .then(() => {
        if (--this.waiting === 0) this.socket?.resume();
      });
  }
}
