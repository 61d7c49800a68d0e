import { describe, expect, it } from 'vitest';
import { decodeUpload, looksLikeHtml, MAX_UPLOAD_BYTES, UPLOAD_EXTENSIONS, uploadFormatForName } from './decode-upload';

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((part) => Array.from(part)));

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes: number[] = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes.push(...(endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return Uint8Array.from(bytes);
}

describe('uploadFormatForName', () => {
  it('reads the format from the extension, any case', () => {
    expect(uploadFormatForName('a.TXT')).toBe('text');
    expect(uploadFormatForName('notes.md')).toBe('markdown');
    expect(uploadFormatForName('notes.markdown')).toBe('markdown');
    expect(uploadFormatForName('page.HTML')).toBe('html');
    expect(uploadFormatForName('page.htm')).toBe('html');
    expect(uploadFormatForName('Page.XHTML')).toBe('html');
    expect(uploadFormatForName('notes.xhtml.bak')).toBeNull();
    for (const extension of UPLOAD_EXTENSIONS) expect(uploadFormatForName(`a${extension}`)).not.toBeNull();
    expect(uploadFormatForName('report.pdf')).toBeNull();
    expect(uploadFormatForName('noextension')).toBeNull();
    expect(uploadFormatForName('archive.txt.zip')).toBeNull();
  });
});

describe('decodeUpload', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeUpload(utf8('Привет, سلام 👋🏽'), 'a.txt')).toEqual({ ok: true, text: 'Привет, سلام 👋🏽', format: 'text' });
    expect(decodeUpload(withBytes([0xef, 0xbb, 0xbf], utf8('Hello')), 'a.md')).toEqual({ ok: true, text: 'Hello', format: 'markdown' });
  });

  it('reads UTF-16 LE and BE with a BOM, astral characters included', () => {
    const text = 'Tehran — تهران 🇮🇷\nline two';
    expect(decodeUpload(utf16(text, 'le'), 'a.txt')).toEqual({ ok: true, text, format: 'text' });
    expect(decodeUpload(utf16(text, 'be'), 'a.html')).toEqual({ ok: true, text, format: 'html' });
  });

  it('refuses UTF-16 whose bytes are broken (an odd byte count, a lone surrogate)', () => {
    expect(decodeUpload(withBytes(utf16('Hi', 'le'), [0x41]), 'a.txt')).toMatchObject({ ok: false, reason: 'encoding' });
    expect(decodeUpload(withBytes([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), 'a.txt')).toMatchObject({ ok: false, reason: 'encoding' });
  });

  it('refuses text that is not UTF-8 (Latin-1, Windows-1252) and says what to do', () => {
    const latin1 = withBytes(utf8('Caf'), [0xe9], utf8(' au lait, a long enough sentence of plain text.'));
    const result = decodeUpload(latin1, 'cafe.txt');
    expect(result).toMatchObject({ ok: false, reason: 'encoding' });
    expect(!result.ok && result.message).toMatch(/cafe\.txt is not UTF-8 text.*UTF-8/);
    expect(decodeUpload(withBytes(utf8('smart '), [0x93], utf8('quotes'), [0x94]), 'a.txt')).toMatchObject({ ok: false, reason: 'encoding' });
  });

  it('refuses a truncated multi-byte sequence at the end', () => {
    expect(decodeUpload(withBytes(utf8('Hello '), [0xd0]), 'a.txt')).toMatchObject({ ok: false, reason: 'encoding' });
  });

  it('refuses binary files: NUL bytes, many control bytes, a PNG renamed .txt', () => {
    expect(decodeUpload(withBytes(utf8('PK'), [3, 4, 0, 0, 8, 0]), 'a.txt')).toMatchObject({ ok: false, reason: 'binary' });
    const png = withBytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(decodeUpload(png, 'picture.txt')).toMatchObject({ ok: false, reason: 'binary' });
    const controls = withBytes(...Array.from({ length: 20 }, () => [0x01, 0x02, 0x41, 0x42, 0x43]));
    expect(decodeUpload(controls, 'a.txt')).toMatchObject({ ok: false, reason: 'binary' });
    expect(decodeUpload(utf16('a\u0000b', 'le'), 'a.txt')).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('keeps text with tabs, form feeds and CRLF line endings', () => {
    expect(decodeUpload(utf8('a\tb\r\nc\fd'), 'a.txt')).toMatchObject({ ok: true, text: 'a\tb\r\nc\fd' });
  });

  it('refuses an empty file and a file of only whitespace', () => {
    expect(decodeUpload(new Uint8Array(), 'a.txt')).toEqual({ ok: false, reason: 'empty', message: 'a.txt is empty.' });
    expect(decodeUpload(utf8(' \n\t \n'), 'a.txt')).toMatchObject({ ok: false, reason: 'empty', message: 'a.txt has no text.' });
    expect(decodeUpload(withBytes([0xef, 0xbb, 0xbf]), 'a.txt')).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('refuses a file over the limit, saying the limit', () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61);
    const result = decodeUpload(big, 'big.txt');
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!result.ok && result.message).toBe('big.txt is 5 MB; the limit is 5 MB per file.');
    expect(decodeUpload(new Uint8Array(MAX_UPLOAD_BYTES).fill(0x61), 'ok.txt').ok).toBe(true);
    expect(decodeUpload(utf8('hello'), 'a.txt', { maxBytes: 3 })).toMatchObject({ reason: 'too-large' });
  });

  it('refuses a type it cannot import, before reading the bytes', () => {
    expect(decodeUpload(utf8('%PDF-1.7'), 'paper.pdf')).toEqual({ ok: false, reason: 'type', message: 'paper.pdf is not a .txt, .md or .html file (accepted: .txt, .md, .markdown, .html, .htm, .xhtml).' });
  });
});

describe('looksLikeHtml', () => {
  it('recognises a page or a fragment of several block elements', () => {
    expect(looksLikeHtml('  <!DOCTYPE html><html><body><p>x</p></body></html>')).toBe(true);
    expect(looksLikeHtml('<html lang="en"><p>One</p></html>')).toBe(true);
    expect(looksLikeHtml('<p>One paragraph.</p>\n<p>Another.</p>')).toBe(true);
    expect(looksLikeHtml('<div class="story"><h1>T</h1><div>Body</div></div>')).toBe(true);
  });

  it('leaves prose, Markdown and a text quoting one tag as they are', () => {
    expect(looksLikeHtml('The first paragraph.\n\nThe second.')).toBe(false);
    expect(looksLikeHtml('# Title\n\nSome *Markdown* with <br> once.')).toBe(false);
    expect(looksLikeHtml('Readers wrote <p>hello</p> in a comment.')).toBe(false);
    expect(looksLikeHtml('')).toBe(false);
  });
});
