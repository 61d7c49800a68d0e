import { describe, expect, it } from 'vitest';
import { errorResponse, isDatabaseUnavailable } from '@/lib/http/respond';

// Errors seen from @prisma/adapter-pg while PostgreSQL was stopped and started under load
// (npm run bench:reliability): each must be a 503 with Retry-After, not a 500.
function driverError(message: string, code: string): Error {
  return Object.assign(new Error(message), { name: 'DriverAdapterError', code });
}

describe('errorResponse when the database is down or restarting', () => {
  const unavailable = [
    driverError('terminating connection due to administrator command', '57P01'),
    driverError('the database system is shutting down', '57P03'),
    driverError('the database system is starting up', '57P03'),
    new Error('Client has encountered a connection error and is not queryable'),
    Object.assign(new Error('Transaction API error: Unable to start a transaction in the given time.'), { name: 'PrismaClientKnownRequestError', code: 'P2028' }),
    Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
  ];
  for (const error of unavailable) {
    it(`answers 503 with Retry-After: ${error.message}`, async () => {
      expect(isDatabaseUnavailable(error)).toBe(true);
      const response = errorResponse(error);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('2');
      expect((await response.json()).error.code).toBe('UNAVAILABLE');
    });
  }

  it('still answers 500 to an unrelated error', () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      expect(isDatabaseUnavailable(new Error('Cannot read properties of undefined'))).toBe(false);
      expect(errorResponse(new Error('Cannot read properties of undefined')).status).toBe(500);
    } finally {
      console.error = original;
    }
  });
});
