import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCorrections } from '../../server/src/workspace/corrections';
import { EntityResolver, entityIdOf, isEntityId, namedRefs } from '../../server/src/workspace/entityResolver';
import { fold } from '../../server/src/workspace/textFold';


function resolver(json: unknown, names: Record<string, string> = {}): EntityResolver {
  const { corrections } = parseCorrections(JSON.stringify(json));
  return new EntityResolver(corrections, (folded) => names[folded] ?? null);
}

test('ids are the analysis format and refs tell ids from names', () => {
  assert.equal(entityIdOf('person', 'Recep Tayyip Erdoğan'), 'person:recep-tayyip-erdogan');
  assert.ok(isEntityId('location:south-korea'));
  assert.ok(!isEntityId('South Korea'));
  assert.ok(!isEntityId('Note: a name'), 'a name with a colon and spaces is a name');
});

test('without corrections a mention keeps its id', () => {
  assert.equal(resolver({}).resolve('person:a', 'A', 'x.txt'), 'person:a');
});

test('merge, rename, alias, split and not-an-entity resolve as analysts said', () => {
  const r = resolver(
    {
      merge: [{ entities: ['person:a', 'Bee'], name: 'A. Bee' }],
      alias: [{ entity: 'person:c', alias: 'The Boss' }],
      split: [{ entity: 'location:georgia', name: 'Georgia (US state)', articles: ['us/**'] }],
      notEntities: ['Read More'],
    },
    { bee: 'person:b' },
  );
  assert.equal(r.resolve('person:b', 'Bee', 'x.txt'), 'person:a', 'expected B merged into A');
  assert.equal(r.nameOf('person:a'), 'A. Bee');
  assert.equal(r.resolve('other:the-boss', 'the boss', 'x.txt'), 'person:c', 'expected the alias, case ignored');
  assert.equal(r.resolve('location:georgia', 'Georgia', 'us/atlanta.txt'), 'location:georgia-us-state');
  assert.equal(r.resolve('location:georgia', 'Georgia', 'world/tbilisi.txt'), 'location:georgia');
  assert.equal(r.resolve('other:read-more', 'READ MORE', 'x.txt'), null);
});

test('declared entities bring their names to be found in the text', () => {
  const r = resolver({ declare: [{ name: 'Presidential Office', type: 'organization', aliases: ['the Office'] }] });
  assert.deepEqual(
    r.declaredNames.map((d) => [d.text, d.entity]),
    [
      ['Presidential Office', 'organization:presidential-office'],
      ['the Office', 'organization:presidential-office'],
    ],
  );
  assert.equal(r.typeOf('organization:presidential-office'), 'organization');
});

test('named references are collected folded', () => {
  const { corrections } = parseCorrections(JSON.stringify({ rename: [{ entity: 'Türkiye', name: 'Turkey' }], notEntities: ['person:x'] }));
  assert.deepEqual([...namedRefs(corrections)], ['turkiye']);
});

test('a split by spelling moves only the mentions so spelled', () => {
  const r = resolver({ split: [{ entity: 'person:lee', name: 'Lee Hsien Loong', mentions: ['Mr Lee'] }] });
  assert.equal(r.resolve('person:lee', 'Mr Lee', 'a.txt'), 'person:lee-hsien-loong');
  assert.equal(r.resolve('person:lee', 'Lee', 'a.txt'), 'person:lee');
  assert.equal(r.nameOf('person:lee-hsien-loong'), 'Lee Hsien Loong');
});

test('declared and corrected ids are made as the analysis makes them', () => {
  assert.equal(entityIdOf('person', 'Recep Tayyip Erdoğan'), 'person:recep-tayyip-erdogan');
  assert.equal(entityIdOf('nationality', 'Turkish'), 'location:turkish', 'a nationality is filed under a location id, as in the analysis');
  assert.equal(entityIdOf('location', 'U.S.'), 'location:us');
  assert.equal(entityIdOf('other', '—'), 'other:unnamed');
});

test('names fold alike through diacritics, case and mojibake', () => {
  assert.equal(fold('TÃ¼rkiye'), fold('Turkiye'));
  assert.equal(fold('ERDOĞAN'), fold('erdogan'));
});
