import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const names = (text: string): string[] => analyze(text).entities.map((e) => `${text.slice(e.start, e.end)}:${e.type}`);

test('Malaysian honours ("Datuk Seri", "Tan Sri", "Datuk") stand before a name and are not part of it', () => {
  const text = 'Port charges will rise next month, said Transport Minister Datuk Seri Hamdan Yusof Karim. Tan Sri Lim Boon Keat, the port chairman, agreed, and Datuk Aminah Rashid spoke later.';
  const found = names(text);
  for (const n of ['Hamdan Yusof Karim:person', 'Lim Boon Keat:person', 'Aminah Rashid:person']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
  assert.ok(!found.some((n) => n.startsWith('Datuk') || n.startsWith('Tan Sri') || n.startsWith('Seri')), found.join(', '));
});

test('"Tan" and "Sri" outside an honour stay names ("Tan Wei Ming", "Sri Lanka")', () => {
  const found = names('Tan Wei Ming, a trader in Penang, said buyers in Sri Lanka would pay more.');
  for (const n of ['Tan Wei Ming:person', 'Sri Lanka:location']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
});

test('the leading words of a longer name the article gives are that person ("Hamdan Yusof" after "Hamdan Yusof Karim")', () => {
  const text = 'Transport Minister Hamdan Yusof Karim opened the terminal on Monday. Hamdan Yusof said the port would hire 300 workers.';
  const a = analyze(text);
  const id = (s: string) => a.entities.find((e) => text.slice(e.start, e.end) === s)?.entity;
  assert.ok(id('Hamdan Yusof'));
  assert.equal(id('Hamdan Yusof'), id('Hamdan Yusof Karim'));
  const two = 'Ana Maria Lopes Vidal and Ana Maria Souza Reis met. Ana Maria said little.';
  const b = analyze(two);
  const ids = b.entities.filter((e) => two.slice(e.start, e.end) === 'Ana Maria').map((e) => e.entity);
  const full = b.entities.filter((e) => two.slice(e.start, e.end).split(' ').length === 4).map((e) => e.entity);
  assert.ok(ids.every((i) => !full.includes(i)), 'the opening two people share is neither of them');
});

test('"the Government", "the Opposition" and "Opposition MPs" in house style name no body; "Federal Government" does', () => {
  const text = 'The Opposition says the plan failed. Opposition MPs walked out, and the Leader of the Opposition, Mr Kato Obwona, said the Government had no plan. This Government has had years, he said. The Federal Government disagreed.';
  const found = names(text);
  assert.ok(!found.some((n) => n.startsWith('Opposition:') || n.startsWith('Government:')), found.join(', '));
  assert.ok(found.includes('Federal Government:organization'), found.join(', '));
});

test('an amount in Ugandan shillings ("Shs1.9 trillion", "Shs742 billion") is no name', () => {
  const found = names('MPs approved Shs1.9 trillion, of which Shs742 billion goes to Kelbo District.');
  assert.ok(!found.some((n) => n.startsWith('Shs')), found.join(', '));
});

test('a listed company\'s ticker after "Nasdaq:" is a code, and the company keeps its statements', () => {
  const text = 'Harlow Therapeutics, Inc. (Nasdaq: HRLW), a drug developer, today announced results. The company said the drug was safe.';
  const a = analyze(text);
  assert.ok(!a.entities.some((e) => text.slice(e.start, e.end) === 'HRLW'), a.entities.map((e) => e.text).join(', '));
  assert.equal(a.claims.find((c) => c.text.startsWith('The company'))?.speaker, a.entities.find((e) => text.slice(e.start, e.end).startsWith('Harlow'))?.entity);
});

test('a Korean given name whose first syllable is an English stopword is read whole ("Kim So-ra", "Lee Do-hyun")', () => {
  const text = '"We expect cuts," said Kim So-ra, an economist. Lee Do-hyun agreed, and Choi On-yu said so too. Shares in Harlow On-site rose.';
  const found = names(text);
  for (const n of ['Kim So-ra:person', 'Lee Do-hyun:person', 'Choi On-yu:person']) assert.ok(found.includes(n), `${n}: ${found.join(', ')}`);
  assert.ok(!found.some((n) => n.includes('On-site')), found.join(', '));
});

test('a long role with honours before the name still names the speaker after "said"', () => {
  const text = 'Port fees cut\nHarbour fees will fall by a third next month to help small shippers, said Rural and Regional Development Minister Datuk Seri Hamdan Yusof Karim.';
  const a = analyze(text);
  const speaker = a.entities.find((e) => text.slice(e.start, e.end) === 'Hamdan Yusof Karim')?.entity;
  assert.ok(speaker);
  assert.equal(a.claims[0]?.speaker, speaker);
});
