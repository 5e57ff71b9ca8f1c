import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

const found = (text: string, documentDate?: string): string[] =>
  analyze(text, documentDate ? { documentDate } : {}).dates.map((d) => `${d.text}=${d.value}`);

test('"N days earlier" in the sentence of a day it names is counted from that day', () => {
  const text = 'Harbridge Rovers sacked their coach on Thursday, after a board vote to drop him three days earlier.';
  assert.ok(found(text).includes('three days earlier=XXXX-WXX-1'), found(text).join(', '));
  assert.ok(found(text, '2031-03-05').includes('three days earlier=2031-02-24'), found(text, '2031-03-05').join(', '));
  const apart = 'Harbridge Rovers sacked their coach on Thursday. The board had met three days earlier.';
  assert.ok(found(apart, '2031-03-05').includes('three days earlier=2031-03-02'), 'another sentence counts from the article\'s day');
});

test('in an article with no date of its own, "today" is the news day its lead names by its weekday', () => {
  const text = 'Kelby builder jailed for fraud\n\nA Kelby builder was jailed for four years on Friday for cheating his clients.\n"I should never have taken their money, and today I pay for it," he told the court.';
  assert.ok(found(text).includes('today=XXXX-WXX-5'), found(text).join(', '));
  const none = 'Kelby builder jailed for fraud\n\nA Kelby builder was jailed for four years for cheating his clients.\n"I should never have taken their money, and today I pay for it," he told the court on Friday.';
  assert.ok(found(none).includes('today=XXXX-XX-XX'), 'a weekday after the lead is no news day of the lead');
});
