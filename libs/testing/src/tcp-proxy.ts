import { createServer, type Server, type Socket, connect } from 'node:net';

/**
 * A loopback TCP proxy a test can cut: it stands between a node and PostgreSQL or Redis, so the
 * test can make a dependency unreachable (and reachable again) without touching the real server.
 * It can also hold what clients send, to catch a caller mid-request.
 */
export class TcpProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private holding = false;
  private readonly held: Array<{ client: Socket; chunks: Buffer[] }> = [];
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** Listens (again) on `port`, or on a free port the first time. */
  async start(port = this.port): Promise<number> {
    if (this.server) return this.port;
    const server = createServer((client) => {
      this.track(client);
      if (!this.holding) return this.forward(client, []);
      const held = { client, chunks: [] as Buffer[] };
      client.on('data', (chunk: Buffer) => held.chunks.push(chunk));
      this.held.push(held);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    this.server = server;
    this.port = (server.address() as { port: number }).port;
    return this.port;
  }

  /** From now on, keeps what new connections send instead of passing it on, until `release`. */
  hold(): void {
    this.holding = true;
  }

  /** What each held connection has sent so far. */
  heldBytes(): Buffer[] {
    return this.held.map((h) => Buffer.concat(h.chunks));
  }

  /**
   * Passes on what held connections sent and connects them through, even those whose client
   * is gone by now: the server then takes a request whose sender never hears the answer.
   */
  release(): void {
    this.holding = false;
    for (const { client, chunks } of this.held.splice(0)) {
      client.removeAllListeners('data');
      this.forward(client, chunks);
    }
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  }

  private forward(client: Socket, sent: readonly Buffer[]): void {
    const upstream = connect(this.targetPort, this.targetHost);
    this.track(upstream);
    for (const chunk of sent) upstream.write(chunk);
    if (client.destroyed) {
      // Let the server read it all and answer into the void.
      upstream.end();
      upstream.resume();
      return;
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }

  /** Drops every open connection and refuses new ones. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
