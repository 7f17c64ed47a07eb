// The environment, parsed once with zod. Read through env() so that a missing
// variable fails with a clear message at first use instead of at import time
// (Next imports modules during the build, when runtime variables are absent).
import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().min(1, 'DATABASE_URL is required (scripts/run.ts sets it for the embedded Postgres)'),
  // Redis is the production queue backend; without it BullMQ runs on Postgres.
  REDIS_URL: z.string().optional(),
  QUEUE_BACKEND: z.enum(['redis', 'postgres']).optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  // Public base URL, used in webhook URLs shown to admins.
  APP_URL: z.string().url().optional(),
  NEXTAUTH_SECRET: z.string().min(16, 'NEXTAUTH_SECRET must be at least 16 characters'),
  // Key for channel credentials at rest: 32 bytes as base64 or hex, or any passphrase.
  ENCRYPTION_KEY: z.string().min(16, 'ENCRYPTION_KEY must be at least 16 characters'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}

export function appUrl(): string {
  const e = env();
  return (e.APP_URL ?? process.env.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
}
