import 'server-only';
import { AppError, notFound } from '@/lib/errors';
import { withIdempotency } from '@/lib/http/idempotency';
import { errorResponse } from '@/lib/http/respond';
import { isCrossSiteWrite } from '@/lib/security/same-origin';
import { isRecordId } from '@/lib/validation/common';

type Params = Record<string, string | string[]>;
type NextContext<P extends Params> = { params: Promise<P> };

/** `idempotent`: a create that honours the Idempotency-Key header (lib/http/idempotency.ts). */
type RouteOptions = { idempotent?: boolean };

/**
 * Wraps a route handler: awaits the route params and maps every thrown error to the API's error
 * shape, so handlers read top to bottom (validate, session, permission, one data call).
 */
export function route<P extends Params = Params>(handler: (request: Request, params: P) => Promise<Response>, options: RouteOptions = {}) {
  return async (request: Request, context: NextContext<P>): Promise<Response> => {
    try {
      if (isCrossSiteWrite(request, { publicUrl: process.env.NEXTAUTH_URL })) {
        throw new AppError('FORBIDDEN', 'Changes can only be made from Credence itself: this request came from another site.');
      }
      const params = ((await context?.params) ?? {}) as P; // routes without segments get no params
      // A path segment that is not an id shape cannot name a record: 404 before any query.
      if (Object.values(params).some((value) => typeof value === 'string' && !isRecordId(value))) throw notFound('That record');
      const run = () => handler(request, params).catch(errorResponse);
      return await (options.idempotent ? withIdempotency(request, run) : run());
    } catch (error) {
      return errorResponse(error);
    }
  };
}
