import 'server-only';
import { errorResponse } from '@/lib/http/respond';

type Params = Record<string, string | string[]>;
type NextContext<P extends Params> = { params: Promise<P> };

/**
 * Wraps a route handler: awaits the route params and maps every thrown error to the API's error
 * shape, so handlers read top to bottom (validate, session, permission, one data call).
 */
export function route<P extends Params = Params>(handler: (request: Request, params: P) => Promise<Response>) {
  return async (request: Request, context: NextContext<P>): Promise<Response> => {
    try {
      return await handler(request, await context.params);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
