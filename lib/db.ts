// The only PrismaClient. Prisma 7 talks to Postgres through the pg driver
// adapter; no query-engine binary is involved. The client is created on first
// use, so that importing this module during `next build` needs no database.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';

const globalForPrisma = globalThis as unknown as { __switchboardPrisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.__switchboardPrisma) {
    const adapter = new PrismaPg({
      connectionString: env().DATABASE_URL,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    });
    globalForPrisma.__switchboardPrisma = new PrismaClient({ adapter });
  }
  return globalForPrisma.__switchboardPrisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c);
    return typeof value === 'function' ? value.bind(c) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  const c = globalForPrisma.__switchboardPrisma;
  globalForPrisma.__switchboardPrisma = undefined;
  if (c) await c.$disconnect();
}
