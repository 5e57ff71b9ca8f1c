import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCorrections } from '../../server/src/workspace/corrections';

test('a full corrections file reads into every kind of correction', () => {
  const { corrections, problems } = parseCorrections(`{
    // comments are allowed
    "merge": [{ "entities": ["Erdogan", "person:recep-tayyip-erdogan"], "name": "Recep Tayyip Erdoğan" }],
    "split": [{ "entity": "Georgia", "name": "Georgia (US state)", "type": "location", "articles": ["us/**"] }],
    "rename": [{ "entity": "S. Korea", "name": "South Korea" }],
    "alias": [{ "entity": "NATO", "alias": "the Alliance" }],
    "declare": [{ "name": "Presidential Office", "type": "organization", "aliases": ["the presidential office"] }],
    "notEntities": ["Read More"],
  }`);
  assert.deepEqual(problems, [], 'expected no problems');
  assert.equal(corrections.merge[0]!.name, 'Recep Tayyip Erdoğan');
  assert.deepEqual(corrections.split[0]!.articles, ['us/**']);
  assert.equal(corrections.rename[0]!.name, 'South Korea');
  assert.equal(corrections.alias[0]!.alias, 'the Alliance');
  assert.deepEqual(corrections.declare[0]!.aliases, ['the presidential office']);
  assert.deepEqual(corrections.notEntities, ['Read More']);
});

test('problems point at the offending part and the rest still applies', () => {
  const text = '{ "rename": [{ "entity": "Ankara" }], "declare": [{ "name": "X", "type": "planet" }], "notEntities": ["A"], "extra": 1 }';
  const { corrections, problems } = parseCorrections(text);
  const messages = problems.map((p) => p.message);
  assert.ok(messages.some((m) => m === 'rename[0] needs "name"'), `expected a missing-name problem in ${JSON.stringify(messages)}`);
  assert.ok(messages.some((m) => m.startsWith('declare[0].type must be one of')), 'expected a bad-type problem');
  const extra = problems.find((p) => p.message.startsWith('unknown property "extra"'));
  assert.ok(extra, 'expected an unknown-property warning');
  assert.equal(text.slice(extra.start, extra.end), '"extra"', 'expected the warning on the key');
  assert.deepEqual(corrections.notEntities, ['A'], 'expected the valid section to apply');
});

test('broken JSON, wrong shapes and hostile keys never throw', () => {
  for (const text of ['', '{', '[]', 'null', '{"merge": {"__proto__": 1}}', '{"__proto__": {"polluted": true}}', '\u0000\uffff', '{"merge":[{"entities":["a"]}]}']) {
    const { corrections } = parseCorrections(text);
    assert.ok(Array.isArray(corrections.merge), `expected a corrections object for ${JSON.stringify(text)}`);
  }
  assert.equal(({} as Record<string, unknown>).polluted, undefined, 'expected no prototype pollution');
});

test('an empty corrections file is a warning that nothing applies, not a JSON error; trailing commas are read', () => {
  for (const text of ['', '  \n', '// corrections to come\n']) {
    const { problems } = parseCorrections(text);
    assert.deepEqual(problems.map((p) => p.severity), ['warning'], `expected one warning for ${JSON.stringify(text)}`);
    assert.match(problems[0]!.message, /empty/);
  }
  const { corrections, problems } = parseCorrections('{"notEntities": ["Quarn Desk",],}');
  assert.deepEqual(problems, []);
  assert.deepEqual(corrections.notEntities, ['Quarn Desk']);
  assert.match(parseCorrections('{"notEntities": ["A"] "rename": []}').problems[0]!.message, /^invalid JSON: comma expected/);
});
