import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { benchEnvironment, startNodeProcess } from './bench-kit.js';

const DIST = 'dist/console';
/** Chrome DevTools' "Fast 4G" preset. */
const FAST_4G = { offline: false, latency: 60 * 2.75, downloadThroughput: ((9 * 1000 * 1000) / 8) * 0.9, uploadThroughput: ((1.5 * 1000 * 1000) / 8) * 0.9 };
const RUNS = 5;

type Manifest = Record<string, { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean }>;

const gzipKb = (files: Iterable<string>): number =>
  Math.round([...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length, 0) / 102.4) / 10;

/** The chunks a manifest entry loads, with everything it statically imports. */
function closure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, seen);
  return seen;
}

/** The console's weight (initial JS, and what each route adds) and its time to interactive on Fast 4G. */
export async function consoleBench(): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry) as string;
  const initial = closure(manifest, entry);
  const routes = Object.fromEntries(
    (manifest[entry].dynamicImports ?? []).map((page) => {
      const extra = [...closure(manifest, page)].filter((file) => !initial.has(file));
      return [page.replace(/^src\/pages\/|\.tsx$/g, ''), gzipKb(extra)];
    }),
  );
  console.log(JSON.stringify({ scenario: 'console-size', initial_js_gzip_kb: gzipKb(initial), goal_kb: 300, route_js_gzip_kb: routes }));

  const { env } = await benchEnvironment('console');
  const port = 3930;
  const base = `http://127.0.0.1:${port}`;
  const node = await startNodeProcess({ ...env, PORT: String(port), PUBLIC_BASE_URL: base });
  const profile = mkdtempSync(join(tmpdir(), 'landsea-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await context.newPage();
      const devtools = await context.newCDPSession(page);
      await devtools.send('Network.enable');
      await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
      await devtools.send('Network.emulateNetworkConditions', FAST_4G);
      const started = Date.now();
      await page.goto(`${base}/sign-in`);
      // Interactive: the sign-in form is drawn and its button takes a click.
      await page.getByRole('button', { name: /登录|Sign in/ }).waitFor({ state: 'visible' });
      await page.getByRole('button', { name: /登录|Sign in/ }).click({ trial: true });
      times.push(Date.now() - started);
      await page.close();
    }
    times.sort((a, b) => a - b);
    console.log(JSON.stringify({ scenario: 'console-tti', network: 'Fast 4G (DevTools preset, cache disabled)', runs: RUNS, tti_p50_ms: times[Math.floor(RUNS / 2)], tti_max_ms: times[RUNS - 1] }));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await node.stop();
  }
}
