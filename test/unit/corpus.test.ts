import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusLinker, linkCorpus } from '../../server/src/analysis/corpus';
import { findEntities } from '../../server/src/analysis/entities';
import { withoutFathersNames } from '../../server/src/analysis/normalize';
import type { Analysis, Claim, EntityMention } from '../../server/src/analysis/types';

const NO_STRUCTURE = { headline: null, header: null, dateline: null, boilerplate: [] };

function analysisOf(text: string, claims: Claim[] = []): Analysis {
  return { dct: null, dctSource: null, structure: NO_STRUCTURE, entities: findEntities(text, NO_STRUCTURE), dates: [], claims };
}

const idOf = (a: Analysis, words: string): string | undefined => a.entities.find((m: EntityMention) => m.text === words)?.entity;

test('a lone short form in one article joins the full name another article gives', () => {
  const full = analysisOf('South Korean President Lee Jae Myung arrived in Ankara.');
  const lone = analysisOf('"We are partners," President Lee said.');
  assert.equal(idOf(lone, 'Lee'), 'person:lee', 'before linking the id is the short form');
  linkCorpus([lone, full]);
  assert.equal(idOf(lone, 'Lee'), 'person:lee-jae-myung', 'article order does not matter');
  assert.equal(lone.entities.find((m) => m.text === 'Lee')?.canonical, 'Lee Jae Myung');
});

test('a short form two people share across the corpus is left alone', () => {
  const a = analysisOf('Prime Minister Lee Hsien Loong spoke.');
  const b = analysisOf('President Lee Jae Myung spoke.');
  const lone = analysisOf('President Lee spoke.');
  linkCorpus([a, b, lone]);
  assert.equal(idOf(lone, 'Lee'), 'person:lee');
});

test('an acronym alone in one article joins the name another article defines it as', () => {
  const defined = analysisOf('the Turkish Nuclear Energy Corporation (TUENAS) signed.');
  const alone = analysisOf('Officials at TUENAS signed.');
  linkCorpus([alone, defined]);
  assert.equal(idOf(alone, 'TUENAS'), idOf(defined, 'Turkish Nuclear Energy Corporation'));
});

test('a product short form joins its full name across articles: "Altay" and "Altay Main Battle Tank"', () => {
  const full = analysisOf('the Altay Main Battle Tank production program');
  const short = analysisOf('defense projects, including the Altay tank.');
  linkCorpus([full, short]);
  assert.equal(idOf(short, 'Altay'), idOf(full, 'Altay Main Battle Tank'));
});

test('claim speakers follow their entities when ids are relinked', () => {
  const full = analysisOf('NATO Secretary General Mark Rutte spoke.');
  const lone = analysisOf('Rutte spoke, said Rutte.');
  const rutte = lone.entities.find((m) => m.text === 'Rutte');
  assert.ok(rutte, 'Rutte is found');
  const claim: Claim = {
    start: 0,
    end: 5,
    text: 'Rutte',
    kind: 'reported',
    content: { start: 0, end: 5 },
    cue: null,
    speaker: rutte.entity,
    speakerSpan: { start: rutte.start, end: rutte.end },
  };
  lone.claims.push(claim);
  linkCorpus([lone, full]);
  assert.equal(lone.claims[0]?.speaker, 'person:mark-rutte');
});

test('the incremental linker: add, resolve, remove, replace', () => {
  const linker = new CorpusLinker();
  linker.add('a.txt', analysisOf('Turkish President Recep Tayyip Erdoğan spoke.'));
  linker.add('b.txt', analysisOf('"Yes," Erdogan said.'));
  const lone = analysisOf('"Yes," Erdogan said.').entities.find((m) => m.text === 'Erdogan');
  assert.ok(lone);
  assert.equal(linker.resolve(lone.entity), 'person:recep-tayyip-erdogan');
  assert.equal(linker.canonicalName('person:recep-tayyip-erdogan'), 'Recep Tayyip Erdoğan');
  assert.equal(linker.size, 2);

  linker.remove('a.txt');
  assert.equal(linker.resolve(lone.entity), lone.entity, 'without the full name the short form stands alone');
  linker.add('a.txt', analysisOf('Turkish President Recep Tayyip Erdogan spoke.'));
  assert.equal(linker.resolve(lone.entity), 'person:recep-tayyip-erdogan');
  linker.add('a.txt', analysisOf('Nothing here.'));
  assert.equal(linker.resolve(lone.entity), lone.entity, 'adding a key again replaces its old contribution');
  linker.remove('missing.txt');
  assert.equal(linker.resolve('location:turkiye'), 'location:turkiye', 'unknown and fixed ids resolve to themselves');
});

test('linking many articles stays cheap and leaves place ids alone', () => {
  const analyses = Array.from({ length: 2000 }, (_, i) => analysisOf(i % 2 ? `President Lee said ${i}.` : `President Lee Jae Myung visited Seoul on day ${i}.`));
  linkCorpus(analyses);
  for (const a of analyses) {
    assert.equal(idOf(a, 'Lee') ?? idOf(a, 'Lee Jae Myung'), 'person:lee-jae-myung');
    if (idOf(a, 'Seoul')) assert.equal(idOf(a, 'Seoul'), 'location:seoul');
  }
});

test('an acronym alone joins the one name in the corpus with its initials, not two', () => {
  const full = analysisOf('It settled charges from the Securities and Exchange Commission on Monday.');
  const alone = analysisOf('Officials at the SEC declined to comment.');
  linkCorpus([alone, full]);
  assert.equal(idOf(alone, 'SEC'), idOf(full, 'Securities and Exchange Commission'));
  const a = analysisOf('The Dorvan Water Board met.');
  const b = analysisOf('The Delta Wind Bureau met.');
  const lone = analysisOf('Officials at DWB declined to comment.');
  linkCorpus([a, b, lone]);
  assert.equal(idOf(lone, 'DWB'), 'organization:dwb');
});

test('a lone surname in one transliteration joins the full name another article spells with another ending', () => {
  const full = analysisOf('President Bohdan Varenskyy spoke in Kyiv. "We need more help," Varenskyy said.');
  const lone = analysisOf('Erdogan said he had spoken with both Vladimir Putin and President Varensky last week.');
  linkCorpus([lone, full]);
  assert.equal(idOf(lone, 'Varensky'), idOf(full, 'Bohdan Varenskyy'));
});

test('an Arab name written with and without its fathers\' names is one person across articles', () => {
  const full = analysisOf('Foreign Minister Sheikh Nasser Fahad Al-Hamoud Al-Rumaih met the envoy on Monday.');
  const middle = analysisOf('Minister Sheikh Nasser Fahad Al-Rumaih hosted the talks.');
  const short = analysisOf('Minister Sheikh Nasser Al-Rumaih said the talks went well. Sheikh Nasser added more.');
  linkCorpus([full, middle, short]);
  const id = idOf(full, 'Nasser Fahad Al-Hamoud Al-Rumaih');
  assert.equal(id, 'person:nasser-fahad-al-rumaih');
  assert.equal(idOf(middle, 'Nasser Fahad Al-Rumaih'), id);
  assert.equal(idOf(short, 'Nasser Al-Rumaih'), id);
  assert.equal(idOf(short, 'Nasser'), id, 'the given name after "Sheikh" follows the one full name');
  // One family's sons share given names: the father's name keeps them apart, and the short form joins neither.
  const amir = analysisOf('Sheikh Rakan Saud Al-Jaber Al-Marri received the envoy.');
  const minister = analysisOf('Foreign Minister Sheikh Rakan Khalid Al-Hamad Al-Marri met the envoy.');
  const either = analysisOf('Sheikh Rakan Al-Marri said the talks went well.');
  linkCorpus([amir, minister, either]);
  assert.notEqual(idOf(amir, 'Rakan Saud Al-Jaber Al-Marri'), idOf(minister, 'Rakan Khalid Al-Hamad Al-Marri'));
  assert.notEqual(idOf(either, 'Rakan Al-Marri'), idOf(amir, 'Rakan Saud Al-Jaber Al-Marri'));
  assert.notEqual(idOf(either, 'Rakan Al-Marri'), idOf(minister, 'Rakan Khalid Al-Hamad Al-Marri'));
  // The same with the article spaced: the father is the word after "Al", not "Al".
  assert.equal(withoutFathersNames('rakan al saud al jaber al marri'), 'rakan saud al marri');
  assert.notEqual(withoutFathersNames('rakan al saud al jaber al marri'), withoutFathersNames('rakan al khalid al hamad al marri'));
  // "bin" names keep the chain: two princes share given name and family.
  const prince = analysisOf('Crown Prince Faris bin Tamim Al Harith met Prince Faris bin Omar Al Harith.');
  assert.notEqual(idOf(prince, 'Faris bin Tamim Al Harith'), idOf(prince, 'Faris bin Omar Al Harith'));
});

test('a group with a plus sign is not the body its acronym names, and a spelt-out legal form is the company', () => {
  const a = analysisOf('The Organization of the Petroleum Exporting Countries (OPEC) and the wider OPEC+ alliance met. OPEC said output would rise.');
  assert.equal(idOf(a, 'OPEC+'), 'organization:opec-plus');
  assert.notEqual(idOf(a, 'OPEC'), idOf(a, 'OPEC+'));
  const b = analysisOf('Analysts said Varden Logistics Corporation, the Busan shipper, was hiring. Varden Logistics opened a depot.');
  assert.equal(idOf(b, 'Varden Logistics Corporation'), idOf(b, 'Varden Logistics'));
});
