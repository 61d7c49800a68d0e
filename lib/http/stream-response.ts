import 'server-only';

/**
 * A download streamed from an async generator of chunks (text, or bytes already encoded), pulled
 * only as fast as the client reads (backpressure), so memory stays flat however large the
 * export. A cancelled download stops the generator, which releases what it holds. A failure
 * half-way aborts the response, so the client sees a broken download rather than a short file
 * that looks complete.
 */
export function streamDownload(download: { fileName: string; contentType: string; chunks: AsyncGenerator<string | Uint8Array> }): Response {
  const encoder = new TextEncoder();
  const { chunks } = download;
  let isCancelled = false; // a pull still waiting for its chunk when the client goes away
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (isCancelled) return;
          if (next.done) controller.close();
          else controller.enqueue(typeof next.value === 'string' ? encoder.encode(next.value) : next.value);
        } catch (error) {
          if (isCancelled) return;
          console.error(`Export ${download.fileName} failed after it started`, error);
          controller.error(error);
        }
      },
      async cancel() {
        isCancelled = true;
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
  return new Response(body, {
    headers: {
      'content-type': download.contentType,
      'content-disposition': `attachment; filename="${download.fileName}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
