import { describe, expect, it } from 'vitest';
import * as healthRoute from '@/app/api/health/route';
import { call } from '../support/http';

describe('GET /api/health', () => {
  it('answers 200 {status: "ok"} to anyone while the database answers, never cached', async () => {
    const res = await call(healthRoute.GET, 'GET', { user: null });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
