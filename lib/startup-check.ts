// Imported once by instrumentation.ts on the Node.js runtime.
import { getEnv } from '@/lib/env';

try {
  getEnv();
} catch (error) {
  console.error(`Credence cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
