import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256';

describe('sha256Hex', () => {
  it('matches the standard test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes the UTF-8 bytes, so composed and decomposed forms differ', () => {
    expect(sha256Hex('é')).toBe(sha256Hex(Buffer.from([0xc3, 0xa9]).toString('utf8')));
    expect(sha256Hex('é')).not.toBe(sha256Hex('e\u0301'));
  });

  it('hashes astral characters and RTL text as their UTF-8 bytes', () => {
    // Expected value computed independently with Python's hashlib over the UTF-8 encoding.
    expect(sha256Hex('روابط 👩🏽‍💻 𝒳')).toBe('19ce346214e2125f325c8537279481649043daf953fb9acb2fae403d896e7f4d');
  });
});
