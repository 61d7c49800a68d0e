// The production server: Next.js's request handler behind Node's HTTP server, which compresses
// responses itself (next.config.js turns Next's own compression off) and writes each HTML page's
// chunk scripts to run after the page's first paint (lib/http/scripts-after-paint.ts,
// docs/decisions/015-scripts-after-paint.md). npm start, the e2e tests and the benchmarks all
// run it: node --import tsx scripts/server.ts [-p 3000] [-H 0.0.0.0]
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { rewriteHtmlPages } from '../lib/http/scripts-after-paint';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const ROOT = path.resolve(__dirname, '..');

async function main() {
  const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  const hostname = values.hostname;
  (process.env as Record<string, string>).NODE_ENV = 'production';
  const { default: next } = await import('next');
  // The same compression middleware `next start` uses, applied here so the page rewriter sees the
  // page before it is compressed (next.config.js: compress: false).
  const { default: compression } = (await import('next/dist/compiled/compression' as string)) as { default: () => Middleware };
  const { releaseCompressionStream } = (await import('next/dist/server/lib/release-compression-stream' as string)) as { releaseCompressionStream: (res: ServerResponse) => void };
  const app = next({ dev: false, dir: ROOT, hostname: hostname ?? 'localhost', port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const compress = compression();

  const server = createServer((req, res) => {
    compress(req, res, () => {});
    // On a client that goes away the middleware never ends its zlib stream (as next start does).
    res.once('close', () => {
      if (!res.writableFinished) releaseCompressionStream(res);
    });
    rewriteHtmlPages(res);
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      // Once a page has started, text after it would pass for part of it: cut the answer instead.
      if (res.headersSent) return res.destroy(error instanceof Error ? error : undefined);
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal Server Error');
    });
  });
  // A port already in use (or any listen error) stops the server, as it stops `next start`.
  server.once('error', (error) => {
    console.error(`Credence cannot listen on port ${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, hostname, () => console.log(`Ready on http://${hostname ?? 'localhost'}:${port}`));

  const stop = () => {
    server.close();
    app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
