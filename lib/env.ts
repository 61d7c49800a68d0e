// The environment, read and validated once. Read lazily: `next build` runs without a database.
import { z } from 'zod';

const MIN_SECRET_LENGTH = 32;

const envSchema = z.object({
  DATABASE_URL: z.string({ error: 'DATABASE_URL is not set' }).min(1, 'DATABASE_URL is not set'),
  NEXTAUTH_SECRET: z.string({ error: 'NEXTAUTH_SECRET is not set' }).min(1, 'NEXTAUTH_SECRET is not set'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Set by `npm start`/`npm test` when they run the embedded database (demo and test mode). */
  CREDENCE_EMBEDDED_DB: z.enum(['0', '1']).default('0'),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | null = null;

/** Production is a build served against a database the operator chose (DATABASE_URL). */
export function isProductionEnv(env: Pick<Env, 'NODE_ENV' | 'CREDENCE_EMBEDDED_DB'>): boolean {
  return env.NODE_ENV === 'production' && env.CREDENCE_EMBEDDED_DB !== '1';
}

/** A secret that is long enough and not a placeholder copied from the docs. */
export function isStrongSecret(secret: string | undefined): boolean {
  if (!secret || secret.length < MIN_SECRET_LENGTH) return false;
  if (/change.?me|secret|example|credence-demo/i.test(secret)) return false;
  return new Set(secret).size >= 10;
}

/** Validates an environment; throws an Error that names every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  if (isProductionEnv(parsed.data) && !isStrongSecret(parsed.data.NEXTAUTH_SECRET)) {
    throw new Error(
      `NEXTAUTH_SECRET must be a random string of at least ${MIN_SECRET_LENGTH} characters in production (try: openssl rand -base64 48).`,
    );
  }
  return parsed.data;
}

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
