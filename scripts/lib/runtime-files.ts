// Local state of a run, under .data/ (git-ignored): generated secrets for the
// demo, the demo's API key, and where the running product listens.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './schema-engine';

export const dataDir = path.join(root, '.data');
const secretsFile = path.join(dataDir, 'secrets.json');
const runFile = path.join(dataDir, 'run.json');
const demoFile = path.join(dataDir, 'demo.json');

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

function writeJson(file: string, value: unknown) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n', { mode: 0o600 });
}

// Secrets for a local run: from the environment when set (never written to
// disk), else generated once and kept in .data/secrets.json so that sessions
// and encrypted credentials survive restarts.
export function localSecrets(): { NEXTAUTH_SECRET: string; ENCRYPTION_KEY: string } {
  const saved = readJson<{ NEXTAUTH_SECRET?: string; ENCRYPTION_KEY?: string }>(secretsFile) ?? {};
  const generated = {
    NEXTAUTH_SECRET: saved.NEXTAUTH_SECRET ?? crypto.randomBytes(32).toString('base64url'),
    ENCRYPTION_KEY: saved.ENCRYPTION_KEY ?? crypto.randomBytes(32).toString('hex'),
  };
  if (generated.NEXTAUTH_SECRET !== saved.NEXTAUTH_SECRET || generated.ENCRYPTION_KEY !== saved.ENCRYPTION_KEY) writeJson(secretsFile, generated);
  return {
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? generated.NEXTAUTH_SECRET,
    ENCRYPTION_KEY: process.env.ENCRYPTION_KEY ?? generated.ENCRYPTION_KEY,
  };
}

export type RunInfo = { baseUrl: string; databaseUrl: string; queueBackend: string; redisUrl?: string; pid: number; startedAt: string };
export const readRunInfo = () => readJson<RunInfo>(runFile);
export const writeRunInfo = (info: RunInfo) => writeJson(runFile, info);
export const clearRunInfo = () => fs.rmSync(runFile, { force: true });

export type DemoFile = { apiKey: string };
export const readDemoFile = () => readJson<DemoFile>(demoFile);
export const writeDemoFile = (d: DemoFile) => writeJson(demoFile, d);
