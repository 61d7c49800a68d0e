// Bodies are capped while they stream: a chunked request with no Content-Length cannot make the
// server read (and hold) more than the route's limit.
import { beforeAll, describe, expect, it } from 'vitest';
import * as previewRoute from '@/app/api/documents/preview/route';
import * as tagsRoute from '@/app/api/tags/route';
import { createDesk, type Desk } from '../support/desk';
import { sessionCookie } from '../support/http';

let desk: Desk;
beforeAll(async () => {
  desk = await createDesk();
});

/** A body of `total` bytes in 64 KB chunks, counting how many bytes the server pulled. */
function streamedBody(total: number, chunk: (index: number) => Uint8Array) {
  const counter = { pulled: 0 };
  let index = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close();
      const bytes = chunk(index++);
      counter.pulled += bytes.byteLength;
      controller.enqueue(bytes);
    },
  });
  return { stream, counter };
}

async function send(handler: typeof tagsRoute.POST, url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>) {
  const request = new Request(url, { method: 'POST', body, headers: { cookie: await sessionCookie(desk.editor), ...headers }, duplex: 'half' } as RequestInit);
  const response = await handler(request, { params: Promise.resolve({}) });
  return { status: response.status, body: await response.json() };
}

describe('streamed bodies', () => {
  it('stops reading a chunked JSON body at the limit and answers 413', async () => {
    const { stream, counter } = streamedBody(50 * 1024 * 1024, () => new TextEncoder().encode(' '.repeat(64 * 1024)));
    const result = await send(tagsRoute.POST, 'http://localhost/api/tags', stream, { 'content-type': 'application/json' });
    expect(result.status).toBe(413);
    expect(result.body.error.message).toBe('The request body is larger than the limit of 256 KB.');
    expect(counter.pulled).toBeLessThan(2 * 1024 * 1024);
  });

  it('stops reading a chunked upload at the file limit and answers 413', async () => {
    const boundary = 'credence-test-boundary';
    const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="teamId"\r\n\r\n${desk.teamId}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n`);
    const { stream, counter } = streamedBody(60 * 1024 * 1024, (index) => (index === 0 ? head : new TextEncoder().encode('a'.repeat(64 * 1024))));
    const result = await send(previewRoute.POST, 'http://localhost/api/documents/preview', stream, { 'content-type': `multipart/form-data; boundary=${boundary}` });
    expect(result.status).toBe(413);
    expect(result.body.error.fields.file[0]).toMatch(/limit of 5 MB per file/);
    expect(counter.pulled).toBeLessThan(8 * 1024 * 1024);
  });
});
