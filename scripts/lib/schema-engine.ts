// Prisma's schema engine as WebAssembly, so migrations work offline (the CLI
// would download a native engine). Needs `node --experimental-wasm-modules`
// on Node 20. See DESIGN.md, "The stack on these machines".
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

export const root = path.resolve(import.meta.dirname, '../..');
export const schemaPath = path.join(root, 'prisma/schema.prisma');
export const migrationsDir = path.join(root, 'prisma/migrations');

type Fields = { dataTypeID: number }[];
type Result = { fields?: Fields } | { fields?: Fields }[] | undefined;

// The engine's catalog queries return Postgres' one-byte "char" type (oid 18),
// which adapter-pg cannot map; reporting it as text (oid 25) is exact for it.
function charAsText<T extends Result>(res: T): T {
  for (const r of Array.isArray(res) ? res : [res]) {
    for (const f of r?.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
  }
  return res;
}

class CharAsTextClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const cbAt = args.findIndex((a) => typeof a === 'function');
    if (cbAt >= 0) {
      const cb = args[cbAt];
      args[cbAt] = (err: unknown, res: Result) => cb(err, err ? res : charAsText(res));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const ret = (super.query as any)(...args);
    return ret && typeof ret.then === 'function' ? ret.then(charAsText) : ret;
  }
}

// adapter-pg's executeScript splits a migration on every ";", which breaks
// function bodies ($$ ... ; ... $$) and string literals. The native engine sends
// the script whole; so do we (the simple query protocol runs it as one
// implicit transaction).
class WholeScriptPrismaPg extends PrismaPg {
  async connect() {
    const adapter = await super.connect();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const a = adapter as any;
    a.executeScript = async (script: string) => {
      try {
        await a.client.query(script);
      } catch (error) {
        a.onError(error);
      }
    };
    return adapter;
  }
}

export function readSchemaFiles() {
  return [{ path: schemaPath, content: fs.readFileSync(schemaPath, 'utf8') }];
}

export function readMigrationsList() {
  const dirs = fs.existsSync(migrationsDir)
    ? fs.readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((name) => {
      const file = path.join(migrationsDir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: fs.existsSync(file)
            ? ({ tag: 'ok', value: fs.readFileSync(file, 'utf8') } as const)
            : ({ tag: 'error', value: `${file} is missing` } as const),
        },
      };
    }),
  };
}

export const noFilters = { externalTables: [] as string[], externalEnums: [] as string[] };

export async function openSchemaEngine(connectionString: string) {
  const { SchemaEngine } = await import('@prisma/schema-engine-wasm');
  const pool = new pg.Pool({ connectionString, Client: CharAsTextClient, max: 2 });
  const files = readSchemaFiles();
  const engine = await SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content] as [string, string]) },
    () => {},
    bindMigrationAwareSqlAdapterFactory(new WholeScriptPrismaPg(pool)),
  );
  return {
    engine,
    async close() {
      engine.free();
      await pool.end();
    },
  };
}

// Our migrations, then BullMQ's own tables (schema `bullmq`) so the queues can
// run on Postgres and its health check answers before any worker connects.
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const { engine, close } = await openSchemaEngine(connectionString);
  let applied: string[];
  try {
    applied = (await engine.applyMigrations({ migrationsList: readMigrationsList(), filters: noFilters })).appliedMigrationNames;
  } finally {
    await close();
  }
  const { runMigrations } = await import('bullmq');
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await runMigrations(client, 'bullmq');
  } finally {
    await client.end();
  }
  return applied;
}
