import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeArticle } from '../../server/src/workspace/articleText';

const utf8 = (s: string) => new TextEncoder().encode(s);

test('UTF-8 text decodes as is, CRLF kept so offsets match the editor', () => {
  const decoded = decodeArticle(utf8('Türkiye\r\nsaid'));
  assert.deepEqual(decoded, { ok: true, text: 'Türkiye\r\nsaid' });
});

test('a byte-order mark is dropped, as editors do', () => {
  const decoded = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Lee')]));
  assert.deepEqual(decoded, { ok: true, text: 'Lee' });
});

test('an empty file is an empty article', () => {
  assert.deepEqual(decodeArticle(new Uint8Array()), { ok: true, text: '' });
});

test('binary and invalid UTF-8 are refused with a reason', () => {
  const binary = decodeArticle(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
  assert.equal(binary.ok, false);
  assert.equal(!binary.ok && binary.reason, 'binary');
  const invalid = decodeArticle(new Uint8Array([0x41, 0x42, 0xff, 0x43]));
  assert.equal(invalid.ok, false);
  assert.equal(!invalid.ok && invalid.reason, 'invalid-utf8');
  assert.match(!invalid.ok ? invalid.message : '', /offset 2/);
});

test('a file over the size limit is refused', () => {
  const decoded = decodeArticle(utf8('x'.repeat(100)), 10);
  assert.equal(!decoded.ok && decoded.reason, 'too-large');
});
