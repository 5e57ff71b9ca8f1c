import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { type Message, type ResponseMessage, StreamMessageReader } from 'vscode-languageserver/node';
import { FramedMessageWriter, rawAnswer } from '../../server/src/rawJson';

test('each message goes out in one write, header and body together, in order', async () => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const writer = new FramedMessageWriter(out);
  const wide: ResponseMessage = { jsonrpc: '2.0', id: 1, result: { name: 'Erdoğan · 한국' } };
  const raw: ResponseMessage = { jsonrpc: '2.0', id: 2, result: rawAnswer<object>(['[', new TextEncoder().encode('{"uri":"file:///ç.txt"}'), ']']) };
  await writer.write(wide);
  await writer.write(raw);
  assert.equal(chunks.length, 2, 'expected one write per message');
  const first = chunks[0]!.toString('utf8');
  const body = JSON.stringify(wide);
  assert.equal(first, `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`, 'expected the byte length of the UTF-8 body in the header');

  const reader = new StreamMessageReader(new PassThrough().end(Buffer.concat(chunks)));
  const read: Message[] = [];
  await new Promise<void>((resolve) => {
    reader.listen((m) => {
      read.push(m);
      if (read.length === 2) resolve();
    });
  });
  assert.deepEqual(read, [wide, { jsonrpc: '2.0', id: 2, result: [{ uri: 'file:///ç.txt' }] }], 'expected a client to read both messages back, the raw result as written');
  reader.dispose();
});

test('a failed write rejects and is reported, without throwing', async () => {
  const out = new PassThrough();
  const writer = new FramedMessageWriter(out);
  const errors: Error[] = [];
  let closed = false;
  writer.onError(([error]) => errors.push(error));
  writer.onClose(() => (closed = true));
  out.destroy();
  await assert.rejects(writer.write({ jsonrpc: '2.0', id: 1, result: null } as ResponseMessage), 'expected the write to a closed stream to reject');
  out.emit('error', new Error('EPIPE'));
  assert.ok(errors.length >= 2, 'expected the failed write and the stream error reported to the connection');
  assert.ok(closed, 'expected the closed stream reported');
});

test('a large raw answer goes out from its pieces, whole and readable', async () => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const location = new TextEncoder().encode('{"uri":"file:///Ankara/çay.txt","range":{"start":{"line":1,"character":2},"end":{"line":1,"character":7}}}');
  const parts: (string | Uint8Array)[] = ['['];
  for (let i = 0; i < 2000; i++) parts.push(i > 0 ? ',' : '', location);
  parts.push(']');
  const writer = new FramedMessageWriter(out);
  await writer.write({ jsonrpc: '2.0', id: 3, result: rawAnswer<object>(parts) } as ResponseMessage);
  await writer.write({ jsonrpc: '2.0', id: 4, result: 'next' } as ResponseMessage);
  const reader = new StreamMessageReader(new PassThrough().end(Buffer.concat(chunks)));
  const read: ResponseMessage[] = [];
  await new Promise<void>((resolve) => {
    reader.listen((m) => {
      read.push(m as ResponseMessage);
      if (read.length === 2) resolve();
    });
  });
  reader.dispose();
  assert.equal((read[0]!.result as unknown[]).length, 2000, 'expected every location of the large answer');
  assert.deepEqual((read[0]!.result as unknown[])[1999], JSON.parse(new TextDecoder().decode(location)), 'expected the last location intact');
  assert.equal(read[1]!.result, 'next', 'expected the next message after the large one, in order');
});
