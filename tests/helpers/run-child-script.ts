// Runs a snippet of TypeScript (ES module, top-level await) in a fresh Node
// process from the repository root, with the given environment changes, and
// returns the JSON object it printed last. For behaviour that is decided once
// per process (the queue backend) or that needs a broken environment (a
// database on a closed port) without disturbing the test process.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export type ChildEnv = Record<string, string | undefined>; // undefined removes a variable

export async function runChildScript<T = any>(code: string, env: ChildEnv = {}, opts: { timeoutMs?: number; wrap?: string[] } = {}): Promise<T> {
  const merged = {} as NodeJS.ProcessEnv;
  for (const [k, v] of Object.entries({ ...process.env, ...env })) if (v !== undefined) merged[k] = v;
  // process.exit: pools and sockets would otherwise keep the child alive.
  const script = `${code}\nprocess.exit(0);`;
  const args = ['--disable-warning=ExperimentalWarning', '--import', 'tsx', '--input-type=module', '-e', script];
  const [cmd, ...cmdArgs] = [...(opts.wrap ?? []), process.execPath, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, cmdArgs, { cwd: root, env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').filter((l) => l.startsWith('{')).pop();
      if (status !== 0 || !line) return reject(new Error(`child exited ${status}\nstdout: ${out}\nstderr: ${err}`));
      resolve(JSON.parse(line) as T);
    });
  });
}

// A TCP port on 127.0.0.1 that nothing listens on (bound, then released).
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}
