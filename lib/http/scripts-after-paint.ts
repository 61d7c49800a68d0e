// The page's scripts after its first paint (docs/decisions/015-scripts-after-paint.md).
//
// Next.js writes its chunks as `<script src=… async>` in the head, so the browser fetches them
// while it parses the page and runs them as soon as they arrive: with the article's HTML already
// complete, that evaluation (and the start of hydration) often ran before the browser painted it.
// scripts/server.ts passes every HTML page through `rewriteHtmlPages`, which takes those tags out
// of the head and puts one small loader there instead: once the document is parsed, it waits for
// the next frame (the first paint of the whole page; at once in a hidden tab, which has no frames)
// and then adds the same scripts, in the same order, with the same nonce. What the page shows does
// not change; its scripts start one frame and one fetch later.

import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

type WriteCallback = (error?: Error | null) => void;

/** A script tag as Next.js writes its chunks in the head. */
const CHUNK_SCRIPT = /<script src="(\/_next\/static\/[^"<>]+\.js)" async="" nonce="([^"<>]*)"><\/script>/g;

/** The loader for `sources`, allowed by the page's policy through `nonce`. */
export function loaderScript(sources: string[], nonce: string): string {
  // JSON in a script: "<" escaped so no source can close the element.
  const list = JSON.stringify(sources).replace(/</g, '\\u003c');
  const nonceText = JSON.stringify(nonce).replace(/</g, '\\u003c');
  const attribute = nonce.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    `<script nonce="${attribute}">(function(s,n){` +
    `function go(){for(var i=0;i<s.length;i++){var e=document.createElement("script");e.src=s[i];e.async=true;e.nonce=n;document.head.appendChild(e)}}` +
    // A hidden document (a tab opened in the background) has no frames: it loads them at once.
    `function later(){if(document.visibilityState==="hidden")setTimeout(go,0);else requestAnimationFrame(function(){setTimeout(go,0)})}` +
    `if(document.readyState==="loading")document.addEventListener("DOMContentLoaded",later);else later()` +
    `})(${list},${nonceText})</script>`
  );
}

/**
 * The head of an HTML page (everything before `</head>`) with Next.js's chunk scripts replaced by
 * one loader that adds them after the first paint. A head without such scripts, or whose scripts
 * carry different nonces, is returned as it is.
 */
export function deferHeadScripts(head: string): string {
  const sources: string[] = [];
  const nonces = new Set<string>();
  const rest = head.replace(CHUNK_SCRIPT, (_tag, src: string, nonce: string) => {
    sources.push(src);
    nonces.add(nonce);
    return '';
  });
  if (sources.length === 0 || nonces.size !== 1) return head;
  return rest + loaderScript(sources, [...nonces][0]!);
}

/** How much of a page is held back looking for `</head>` before the page is passed on unchanged. */
const MAX_HEAD_BYTES = 512 * 1024;
const HEAD_END = Buffer.from('</head>');

/**
 * A rewriter for one HTML response written in pieces: `push` each piece as it comes (it returns
 * what to send now), `end` when the response ends (what is left). Pieces are held back only until
 * `</head>` has arrived; from then on they pass through as they are. Bytes, not text: `</head>`
 * is ASCII, so the head is decoded whole and no character is cut between two pieces.
 */
export function createHeadRewriter(): { push: (piece: Buffer) => Buffer; end: () => Buffer } {
  let held: Buffer = Buffer.alloc(0);
  let done = false;
  return {
    push(piece) {
      if (done) return piece;
      held = held.length === 0 ? piece : Buffer.concat([held, piece]);
      const at = held.indexOf(HEAD_END);
      if (at < 0) {
        if (held.length <= MAX_HEAD_BYTES) return Buffer.alloc(0);
        done = true;
        return held;
      }
      done = true;
      const head = held.subarray(0, at).toString('utf8');
      const out = Buffer.concat([Buffer.from(deferHeadScripts(head), 'utf8'), held.subarray(at)]);
      held = Buffer.alloc(0);
      return out;
    },
    end() {
      const out = held;
      held = Buffer.alloc(0);
      done = true;
      return out;
    },
  };
}

/**
 * Passes `res`'s body through the head rewriter when it is an HTML page (decided when its headers
 * go out: a changed body has no Content-Length); every other response is written as it is.
 */
export function rewriteHtmlPages(res: ServerResponse): void {
  const write = res.write.bind(res) as (chunk: Buffer, callback?: WriteCallback) => boolean;
  const end = res.end.bind(res) as (chunk?: Buffer, callback?: () => void) => ServerResponse;
  const writeHead = res.writeHead.bind(res) as (status: number, message?: string) => ServerResponse;
  let rewriter: ReturnType<typeof createHeadRewriter> | null | undefined;
  const decide = (type: unknown = res.getHeader('content-type')) => {
    if (rewriter !== undefined) return rewriter;
    rewriter = String(type ?? '').startsWith('text/html') ? createHeadRewriter() : null;
    if (rewriter && !res.headersSent) res.removeHeader('content-length');
    return rewriter;
  };
  const toBuffer = (chunk: unknown, encoding: unknown) =>
    Buffer.isBuffer(chunk) ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = (typeof rest[0] === 'string' ? rest[1] : rest[0]) as OutgoingHttpHeaders | unknown[] | undefined;
    if (headers && !Array.isArray(headers)) {
      // Named headers join those set before, where the rewriter looks for the type.
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
      decide();
      return writeHead(status, typeof rest[0] === 'string' ? rest[0] : undefined);
    }
    if (Array.isArray(headers)) {
      // Raw [name, value, …] pairs (a name may repeat, as Set-Cookie does): passed on as they are,
      // without a Content-Length when the page is rewritten.
      const type = headers.findIndex((value, i) => i % 2 === 0 && String(value).toLowerCase() === 'content-type');
      const html = decide(type >= 0 ? headers[type + 1] : undefined);
      const kept = html ? headers.filter((_value, i) => String(headers[i - (i % 2)]).toLowerCase() !== 'content-length') : headers;
      return (writeHead as (...args: unknown[]) => ServerResponse)(status, ...(typeof rest[0] === 'string' ? [rest[0], kept] : [kept]));
    }
    decide();
    return (writeHead as (...args: unknown[]) => ServerResponse)(status, ...rest);
  }) as typeof res.writeHead;

  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    const done = (typeof encoding === 'function' ? encoding : callback) as WriteCallback | undefined;
    const html = decide();
    if (!html) return (write as (...args: unknown[]) => boolean)(chunk, encoding, callback);
    const out = html.push(toBuffer(chunk, encoding));
    if (out.length > 0) return write(out, done);
    if (done) process.nextTick(done);
    return true;
  }) as typeof res.write;

  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    const html = decide();
    if (!html) return (end as (...args: unknown[]) => ServerResponse)(chunk, encoding, callback);
    const done = [chunk, encoding, callback].find((arg) => typeof arg === 'function') as (() => void) | undefined;
    const last = chunk !== undefined && chunk !== null && typeof chunk !== 'function' ? html.push(toBuffer(chunk, encoding)) : Buffer.alloc(0);
    const rest = html.end();
    return end(Buffer.concat([last, rest]), done);
  }) as typeof res.end;
}
