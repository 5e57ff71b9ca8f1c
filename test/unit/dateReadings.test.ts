import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';

/** "text=value" for each date the analysis finds. */
const datesOf = (text: string, documentDate?: string): string[] =>
  analyze(text, documentDate ? { documentDate } : {}).dates.map((d) => `${d.text}=${d.value}`);

test('a full date alone on its line is read whole', () => {
  const found = datesOf('Faces never fade, scientists say.\n\nMarch 15, 2023\n\nMaking up 2% of people, they remember.');
  assert.deepEqual(found, ['March 15, 2023=2023-03-15'], `found ${found.join(', ')}`);
  const verb = datesOf('March on, they said.\nMarch 3 was the day.');
  assert.deepEqual(verb, ['March 3=XXXX-03-03'], `a line opening with the verb "March" is no date; found ${verb.join(', ')}`);
});

test('a clock just before a full date is that date\'s time', () => {
  const found = datesOf('Go to Contents\n\nAll Headlines 18:35 November 02, 2017\n\nVARNA, Nov. 2 -- The agency said so.');
  assert.ok(found.includes('18:35 November 02, 2017=2017-11-02T18:35'), `found ${found.join(', ')}`);
});

test('a yearless day weeks ahead of the article\'s date is ahead, though the sentence is in the past tense', () => {
  const found = datesOf('Varna ex-mayor gets 2 years.\nThe former mayor was ordered to report to prison on Feb. 9. He was arrested on Dec. 9 and tried on Nov. 20.', '2015-01-07');
  assert.deepEqual(found, ['2 years=P2Y', 'Feb. 9=2015-02-09', 'Dec. 9=2014-12-09', 'Nov. 20=2014-11-20'], `found ${found.join(', ')}`);
});
