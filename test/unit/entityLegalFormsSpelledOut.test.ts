import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('a legal form spelled out ("Limited", "Incorporated") or "Enterprises" ends a company\'s name, not a person\'s', () => {
  const found = names('Velmont Limited’s outline application came before the committee on Wednesday. Tom Harrow’s Harrow Enterprises slipped 2% when its new plant was delayed. Orvale Incorporated declined to comment.');
  for (const n of ['Velmont Limited:organization', 'Harrow Enterprises:organization', 'Orvale Incorporated:organization', 'Tom Harrow:person']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
});
