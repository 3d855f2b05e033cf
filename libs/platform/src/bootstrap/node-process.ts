import { type ChildProcess, spawn } from 'node:child_process';

export interface NodeProcess {
  readonly url: string;
  stop(): Promise<void>;
  /** SIGKILL: the process dies where it stands, as in a crash. */
  kill(): Promise<void>;
}

export interface NodeProcessOptions {
  /** Extra flags for node itself, e.g. --cpu-prof. */
  readonly flags?: readonly string[];
  /** Show the node's own log lines (they are dropped otherwise; errors always show). */
  readonly showLog?: boolean;
  readonly readyWithinMs?: number;
}

/**
 * Starts a built node entry point (`main.js`) in a process of its own and waits until it
 * answers ready, for tools that need whole nodes: the benchmarks and the demo.
 */
export async function startNodeProcess(main: string, env: Record<string, string>, options: NodeProcessOptions = {}): Promise<NodeProcess> {
  const child: ChildProcess = spawn(process.execPath, [...(options.flags ?? []), main], {
    env: { ...process.env, ...env },
    stdio: ['ignore', options.showLog ? 'inherit' : 'ignore', 'inherit'],
  });
  const url = env.PUBLIC_BASE_URL ?? `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + (options.readyWithinMs ?? 60_000);
  for (;;) {
    if (await isReady(url)) break;
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGTERM');
      throw new Error(`The node at ${url} did not become ready`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const ended = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return { url, stop: () => ended('SIGTERM'), kill: () => ended('SIGKILL') };
}

/** True when a node answers its readiness check at this base URL. */
export function isReady(url: string): Promise<boolean> {
  return fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2_000) }).then(
    (r) => r.ok,
    () => false,
  );
}
