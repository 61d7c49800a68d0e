import { createServer, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHeadRewriter, deferHeadScripts, loaderScript, rewriteHtmlPages } from '@/lib/http/scripts-after-paint';

const NONCE = 'Ab+c/12==';
const chunk = (name: string, nonce = NONCE) => `<script src="/_next/static/chunks/${name}.js" async="" nonce="${nonce}"></script>`;
const HEAD =
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><style>.a{color:red}</style>` +
  `<link rel="preload" as="script" fetchPriority="low" nonce="${NONCE}" href="/_next/static/chunks/main.js"/>` +
  chunk('one') + chunk('two') + chunk('three') +
  `<title>Reader</title><script src="/_next/static/chunks/polyfills.js" noModule="" nonce="${NONCE}"></script>`;
const BODY = `</head><body><p>Text é ✓ 😀</p><script nonce="${NONCE}">self.__next_f.push([1,"x"])</script></body></html>`;

/** The sources and nonce the loader in `head` adds, by running its script against a fake document. */
function loaded(head: string, visibilityState = 'visible'): { src: string; async: boolean; nonce: string }[] {
  const script = /<script nonce="[^"]*">(\(function\(s,n\)[\s\S]*?)<\/script>/.exec(head)?.[1];
  if (!script) return [];
  const added: { src: string; async: boolean; nonce: string }[] = [];
  const frames: (() => void)[] = [];
  const listeners: Record<string, () => void> = {};
  const document = {
    readyState: 'loading',
    visibilityState,
    head: { appendChild: (element: { src: string; async: boolean; nonce: string }) => added.push({ ...element }) },
    createElement: () => ({ src: '', async: false, nonce: '' }),
    addEventListener: (type: string, listener: () => void) => (listeners[type] = listener),
  };
  const requestAnimationFrame = (callback: () => void) => frames.push(callback);
  const setTimeout = (callback: () => void) => callback();
  new Function('document', 'requestAnimationFrame', 'setTimeout', script)(document, requestAnimationFrame, setTimeout);
  expect(Object.keys(listeners)).toEqual(['DOMContentLoaded']);
  expect(added).toEqual([]); // nothing while the document is parsed
  listeners.DOMContentLoaded!();
  if (visibilityState === 'visible') {
    expect(added).toEqual([]); // nothing before the frame
    frames.forEach((frame) => frame());
  } else {
    expect(frames).toEqual([]); // a hidden document has no frames: at once
  }
  return added;
}

describe('deferHeadScripts', () => {
  it('takes the chunk scripts out of the head and adds them, in order, with the nonce, after the first frame', () => {
    const head = deferHeadScripts(HEAD);
    expect(head).not.toMatch(/<script src="[^"]*" async=""/);
    const expected = ['one', 'two', 'three'].map((name) => ({ src: `/_next/static/chunks/${name}.js`, async: true, nonce: NONCE }));
    expect(loaded(head)).toEqual(expected);
    expect(loaded(head, 'hidden')).toEqual(expected);
    // The loader is allowed by the page's policy: it carries the same nonce.
    expect(head).toContain(`<script nonce="${NONCE}">(function(s,n)`);
  });

  it('leaves everything else in the head as it was', () => {
    const head = deferHeadScripts(HEAD);
    const kept = HEAD.replace(/<script src="[^"]*" async="" nonce="[^"]*"><\/script>/g, '');
    expect(head.startsWith(kept)).toBe(true);
    expect(head).toContain('noModule=""');
    expect(head).toContain('rel="preload" as="script" fetchPriority="low"');
  });

  it('returns a head without chunk scripts, or with scripts of different nonces, unchanged', () => {
    const plain = '<html><head><title>x</title>';
    expect(deferHeadScripts(plain)).toBe(plain);
    const mixed = `<head>${chunk('one', 'a')}${chunk('two', 'b')}`;
    expect(deferHeadScripts(mixed)).toBe(mixed);
  });

  it('writes the sources and nonce as JSON that cannot close the script element', () => {
    const script = loaderScript(['/_next/static/chunks/a</script>.js'], 'n"</script>');
    expect(script.match(/<\/script>/g)).toHaveLength(1);
    expect(script).toContain('\\u003c/script>');
  });
});

describe('createHeadRewriter', () => {
  const run = (pieces: Buffer[]) => {
    const rewriter = createHeadRewriter();
    const out = pieces.map((piece) => rewriter.push(piece));
    return { out, all: Buffer.concat([...out, rewriter.end()]).toString('utf8') };
  };

  it('holds the pieces back until </head> has come, even when it is split between two pieces', () => {
    const page = Buffer.from(HEAD + BODY);
    const at = page.indexOf('</head>') + 3;
    const { out, all } = run([page.subarray(0, 40), page.subarray(40, at), page.subarray(at)]);
    expect(out[0]).toHaveLength(0);
    expect(out[1]).toHaveLength(0);
    expect(all).toBe(deferHeadScripts(HEAD) + BODY);
  });

  it('passes the body on unchanged, byte for byte, a character cut between two pieces included', () => {
    const page = Buffer.from(HEAD + BODY);
    const emoji = page.indexOf(Buffer.from('😀'));
    const pieces = [page.subarray(0, emoji + 2), page.subarray(emoji + 2)];
    const { all } = run(pieces);
    expect(all).toBe(deferHeadScripts(HEAD) + BODY);
    // After the head, a piece goes out as soon as it comes, the same bytes.
    const rewriter = createHeadRewriter();
    rewriter.push(Buffer.from(HEAD + '</head>'));
    const tail = Buffer.from('<p>😀</p>').subarray(0, 5);
    expect(rewriter.push(tail)).toBe(tail);
  });

  it('gives back a page that never closes its head as it was, at its end', () => {
    const { out, all } = run([Buffer.from('<html><body>no head here')]);
    expect(out[0]).toHaveLength(0);
    expect(all).toBe('<html><body>no head here');
  });
});

describe('rewriteHtmlPages', () => {
  let close: (() => void) | null = null;
  afterEach(() => close?.());

  async function serve(handler: (res: ServerResponse) => void): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
    const server = createServer((_req, res) => {
      rewriteHtmlPages(res);
      handler(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    close = () => {
      server.closeAllConnections();
      server.close();
    };
    const { port } = server.address() as AddressInfo;
    return new Promise((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: '/' }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString('utf8') }));
      })
        .on('error', reject)
        .end();
    });
  }

  it('rewrites an HTML page written in pieces, and drops its Content-Length, which no longer holds', async () => {
    const page = HEAD + BODY;
    const response = await serve((res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('content-length', Buffer.byteLength(page));
      res.write(page.slice(0, 100));
      res.write(Buffer.from(page.slice(100, 300)));
      res.end(page.slice(300));
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-length']).toBeUndefined();
    expect(response.body).toBe(deferHeadScripts(HEAD) + BODY);
  });

  it('takes the type from writeHead too', async () => {
    const response = await serve((res) => {
      res.writeHead(404, { 'Content-Type': 'text/html', 'Content-Length': Buffer.byteLength(HEAD + BODY) });
      res.end(HEAD + BODY);
    });
    expect(response.status).toBe(404);
    expect(response.body).toBe(deferHeadScripts(HEAD) + BODY);
  });

  it('passes raw header pairs on as they are (a repeated Set-Cookie included), without the Content-Length of a rewritten page', async () => {
    const page = HEAD + BODY;
    const response = await serve((res) => {
      res.writeHead(200, ['Content-Type', 'text/html', 'Set-Cookie', 'a=1', 'Set-Cookie', 'b=2', 'Content-Length', String(Buffer.byteLength(page))]);
      res.end(page);
    });
    expect(response.headers['set-cookie']).toEqual(['a=1', 'b=2']);
    expect(response.headers['content-length']).toBeUndefined();
    expect(response.body).toBe(deferHeadScripts(HEAD) + BODY);
  });

  it('leaves any other response as it is, Content-Length included', async () => {
    const json = JSON.stringify({ html: HEAD + BODY });
    const response = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    });
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(json)));
    expect(response.body).toBe(json);
  });
});
