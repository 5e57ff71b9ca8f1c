import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../server/src/analysis/tokens';

test('a line capitalizing words the text writes in lowercase is title case; a sentence naming people is not', () => {
  const text = [
    'Ministers Say Talks On Trade Will Resume',
    'The talks on trade stalled in May, ministers say, and Ana Ruiz and Tom Beck will meet.',
    'Ana Ruiz, Tom Beck',
  ].join('\n');
  const { lines } = tokenize(text);
  assert.deepEqual(
    lines.map((l) => l.titleCase),
    [true, false, true],
    'the headline and the short line of names should be title case, the sentence not',
  );
});
