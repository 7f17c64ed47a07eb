// The page half of the inbox benchmark: a production build in .next-bench
// (rebuilt when the sources are newer, or with --build), `next start` on the
// bench database, a bench agent in the huge workspace signed in through the
// real form, then several cold loads of /inbox in headless Chromium (a fresh
// browser context each, so nothing is cached): Largest Contentful Paint from
// a PerformanceObserver, time to first byte, and the JavaScript the page
// loads — compressed bytes on the wire (next start gzips) and brotli sizes of
// the same files — with the largest chunks, to see what dominates.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import pg from 'pg';
import { freePort } from '../../../scripts/lib/embedded-postgres';
import { queueEnv, startWeb, waitForHttp } from '../ingest/bench-stack';
import { launchBrowser, newPage, signIn } from '../../helpers/browser';
import { root } from './bench-server';

export const JS_GOAL_KB = 250;
export const LCP_GOAL_MS = 1500;
const DIST_DIR = '.next-bench';
const LOADS = 7;
const SOURCES = ['app', 'components', 'lib', 'next.config.js', 'package-lock.json', 'postcss.config.mjs', 'prisma/schema.prisma', 'tsconfig.json'];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of fs.readdirSync(p)) {
    if (e === 'node_modules' || e.startsWith('.next') || e === 'generated') continue;
    max = Math.max(max, newestMtime(path.join(p, e)));
  }
  return max;
}

function ensureBuild(force: boolean, log: (s: string) => void): { built: boolean; seconds: number } {
  const buildId = path.join(root, DIST_DIR, 'BUILD_ID');
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
  if (!force && builtAt && changedAt <= builtAt) return { built: false, seconds: 0 };
  log(`building the app into ${DIST_DIR} (next build)...`);
  const t = Date.now();
  const b = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: DIST_DIR },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (b.status !== 0) throw new Error(`next build failed:\n${(b.stdout + b.stderr).split('\n').slice(-40).join('\n')}`);
  return { built: true, seconds: Math.round((Date.now() - t) / 1000) };
}

async function createBenchAgent(url: string): Promise<{ email: string; password: string }> {
  const { hashPassword } = await import('@/lib/auth/password');
  const email = 'bench-agent@bench1.test';
  const password = crypto.randomBytes(12).toString('hex');
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const ws = (await c.query(`SELECT id FROM "Workspace" WHERE slug = 'bench-1'`)).rows[0].id as string;
    const hash = await hashPassword(password);
    const userId = crypto.randomUUID();
    await c.query(`DELETE FROM "User" WHERE email = $1`, [email]);
    await c.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, 'Bench Agent', $3, now())`, [userId, email, hash]);
    await c.query(`INSERT INTO "Membership" (id, "workspaceId", "userId", role) VALUES ($1, $2, $3, 'agent')`, [crypto.randomUUID(), ws, userId]);
  } finally {
    await c.end();
  }
  return { email, password };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

export async function measurePageLoad(url: string, opts: { build: boolean; log: (s: string) => void }) {
  const build = ensureBuild(opts.build, opts.log);
  const agent = await createBenchAgent(url);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const web = startWeb(DIST_DIR, port, {
    ...process.env,
    ...(await queueEnv()),
    DATABASE_URL: url,
    NEXTAUTH_URL: baseUrl,
    APP_URL: baseUrl,
    LOG_LEVEL: 'warn',
  });
  const browser = await launchBrowser();
  try {
    await waitForHttp(`${baseUrl}/login`, web);
    const { context: signInContext, page: signInPage } = await newPage(browser, baseUrl);
    await signIn(signInPage, agent.email, agent.password);
    const storageState = await signInContext.storageState();
    await signInContext.close();

    const loads: { lcp: number; ttfb: number; jsWire: number; scripts: { url: string; wire: number }[]; lcpElement: string }[] = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 }, locale: 'en-GB', storageState });
      const page = await context.newPage();
      await page.goto('/inbox', { waitUntil: 'load' });
      if (new URL(page.url()).pathname !== '/inbox') throw new Error(`expected /inbox, landed on ${page.url()}`);
      await page.waitForTimeout(500);
      loads.push(
        await page.evaluate(async () => {
          const lcp = await new Promise<{ t: number; el: string }>((resolve) => {
            new PerformanceObserver((list) => {
              const last = list.getEntries().at(-1) as PerformanceEntry & { element?: Element | null };
              resolve({ t: last.startTime, el: last.element ? `${last.element.tagName.toLowerCase()}${last.element.id ? `#${last.element.id}` : ''}: ${(last.element.textContent ?? '').slice(0, 40)}` : '' });
            }).observe({ type: 'largest-contentful-paint', buffered: true });
          });
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
            .filter((r) => r.initiatorType === 'script' || /\.js(\?|$)/.test(r.name))
            .map((r) => ({ url: r.name, wire: r.encodedBodySize }));
          return { lcp: lcp.t, lcpElement: lcp.el, ttfb: nav.responseStart, jsWire: scripts.reduce((a, s) => a + s.wire, 0), scripts };
        }),
      );
      await context.close();
    }
    // The same files, compressed with brotli and gzip here (what a CDN would serve).
    const files = loads[0].scripts.map((s) => {
      const rel = decodeURIComponent(new URL(s.url).pathname).replace(/^\/_next\//, '');
      const file = path.join(root, DIST_DIR, rel);
      const body = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
      return { file: rel, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length, brotli: zlib.brotliCompressSync(body).length, wire: s.wire };
    });
    const kb = (n: number) => Math.round(n / 102.4) / 10;
    const lcps = loads.map((l) => Math.round(l.lcp));
    const result = {
      build,
      loads: LOADS,
      lcpMs: { median: median(lcps), all: lcps, goal: LCP_GOAL_MS, element: loads[0].lcpElement },
      ttfbMs: { median: Math.round(median(loads.map((l) => l.ttfb))) },
      javascript: {
        files: files.length,
        wireGzipKB: kb(loads[0].jsWire),
        gzip9KB: kb(files.reduce((a, f) => a + f.gzip, 0)),
        brotliKB: kb(files.reduce((a, f) => a + f.brotli, 0)),
        rawKB: kb(files.reduce((a, f) => a + f.raw, 0)),
        goalKB: JS_GOAL_KB,
        largest: [...files].sort((a, b) => b.brotli - a.brotli).slice(0, 6).map((f) => ({ file: f.file, rawKB: kb(f.raw), brotliKB: kb(f.brotli), wireKB: kb(f.wire) })),
      },
    };
    opts.log(`page load: LCP median ${result.lcpMs.median} ms, JS ${result.javascript.wireGzipKB} KB gzip on the wire / ${result.javascript.brotliKB} KB brotli`);
    return result;
  } finally {
    await browser.close();
    await web.stop();
  }
}
