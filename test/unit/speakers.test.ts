import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findClaims } from '../../server/src/analysis/claims';
import type { ArticleStructure, Claim, EntityMention, EntityType } from '../../server/src/analysis/types';

const NO_STRUCTURE: ArticleStructure = { headline: null, header: null, dateline: null, boilerplate: [] };

/** Mentions of every whole-word occurrence of each name; `entity` is the id the entity finder would give. */
function mentionsOf(text: string, names: ReadonlyArray<[string, EntityType, string]>): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [name, type, entity] of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      const before = i > 0 ? text[i - 1] : ' ';
      const after = text[i + name.length] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      out.push({ start: i, end: i + name.length, text: name, type, entity, canonical: name });
    }
  }
  const kept = out.filter((m) => !out.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
  return kept.sort((a, b) => a.start - b.start);
}

function claimsOf(text: string, names: ReadonlyArray<[string, EntityType, string]>): Claim[] {
  return findClaims(text, NO_STRUCTURE, mentionsOf(text, names));
}

function claimStarting(claims: readonly Claim[], text: string, words: string): Claim {
  const c = claims.find((x) => text.slice(x.start, x.end).startsWith(words));
  assert.ok(c, `a claim starts with "${words}"; found ${JSON.stringify(claims.map((x) => x.text))}`);
  return c;
}

const VALDORIA: ReadonlyArray<[string, EntityType, string]> = [
  ['Valdoria', 'location', 'location:valdoria'],
  ['Valdorian', 'nationality', 'location:valdoria'],
  ['Ostrava Marsh', 'location', 'location:ostrava-marsh'],
  ['Ostravan', 'nationality', 'location:ostrava-marsh'],
  ['Tomas Ilvek', 'person', 'person:tomas-ilvek'],
  ['Ilvek', 'person', 'person:tomas-ilvek'],
  ['Mira Solenn', 'person', 'person:mira-solenn'],
  ['Solenn', 'person', 'person:mira-solenn'],
];

describe('speakers named by an equivalent office', () => {
  test('"head of state" is the president named before, when the nationality agrees with the country in his title', () => {
    const text = "Valdoria's President Tomas Ilvek toured the site on Saturday. President Ilvek laid flowers. Valdorian head of state told reporters that the vandals deserved no comment.";
    const c = claimStarting(claimsOf(text, VALDORIA), text, 'Valdorian head of state');
    assert.equal(c.speaker, 'person:tomas-ilvek', '"Valdorian head of state" is the president of Valdoria');
  });

  test('"head of state" after the cue runs on past its preposition', () => {
    const text = "Valdoria's President Tomas Ilvek toured the site on Saturday. The vandals are cowards, said the Valdorian head of state.";
    const c = claimStarting(claimsOf(text, VALDORIA), text, 'The vandals');
    assert.equal(c.speaker, 'person:tomas-ilvek', '"said the Valdorian head of state" is the president of Valdoria');
  });

  test('a nationality that disagrees with the country in the title is someone else', () => {
    const text = "Valdoria's President Tomas Ilvek toured the site on Saturday. Ostravan head of state told reporters that the border would stay open.";
    const c = claimStarting(claimsOf(text, VALDORIA), text, 'Ostravan head of state');
    assert.notEqual(c.speaker, 'person:tomas-ilvek', 'the Ostravan head of state is not the president of Valdoria');
  });

  test('after the cue too, a nationality picks the president of that country over a more recent one', () => {
    const text =
      "Valdoria's President Tomas Ilvek met Ostrava Marsh's President Mira Solenn on Monday. President Solenn left early. The border will reopen soon, said the Valdorian president.";
    const c = claimStarting(claimsOf(text, VALDORIA), text, 'The border');
    assert.equal(c.speaker, 'person:tomas-ilvek', '"the Valdorian president" is the president of Valdoria, not the more recent Solenn');
  });

  test('"head of government" is the prime minister, "top diplomat" the foreign minister', () => {
    const text =
      "Valdoria's Prime Minister Tomas Ilvek met Foreign Minister Mira Solenn in the capital on Monday. The head of government said that talks would resume. The top diplomat said that a treaty was close.";
    const claims = claimsOf(text, VALDORIA);
    assert.equal(claimStarting(claims, text, 'The head of government').speaker, 'person:tomas-ilvek', '"the head of government" is the prime minister');
    const head = claimStarting(claims, text, 'The head of government');
    assert.equal(head.speakerSpan && text.slice(head.speakerSpan.start, head.speakerSpan.end), 'The head of government', 'the speaker\'s words run to the end of the role');
    assert.equal(claimStarting(claims, text, 'The top diplomat').speaker, 'person:mira-solenn', '"the top diplomat" is the foreign minister');
  });

  test('"the minister" is the person whose title names a portfolio though the word "minister" fell out', () => {
    const text = "Valdoria's of Foreign Affairs Mira Solenn said on Monday that the embassy would reopen. The minister said there are preparations to visit the capital.";
    const c = claimStarting(claimsOf(text, VALDORIA), text, 'The minister said');
    assert.equal(c.speaker, 'person:mira-solenn', '"the minister" is the person introduced "of Foreign Affairs"');
  });

  test('a portfolio in a spokesman\'s title does not make him the minister', () => {
    const text = "Valdoria's Foreign Affairs spokesman Tomas Ilvek said on Monday that the embassy would reopen. The minister said there are preparations to visit the capital.";
    const c = claimStarting(claimsOf(text, VALDORIA), text, 'The minister said');
    assert.notEqual(c.speaker, 'person:tomas-ilvek', 'a spokesman is not the minister');
  });
});

describe('a country\'s body named generically', () => {
  const BODIES: ReadonlyArray<[string, EntityType, string]> = [
    ...VALDORIA,
    ['State Intelligence Service', 'organization', 'organization:state-intelligence-service'],
    ['SIS', 'organization', 'organization:state-intelligence-service'],
  ];

  test('"Valdoria\'s spy agency" is the intelligence service the article names just after', () => {
    const text =
      "Valdoria's spy agency on Thursday said that the rebels would test rockets again.\n\nDuring a hearing, the State Intelligence Service (SIS) also said that the rebels lacked fuel.";
    const c = claimStarting(claimsOf(text, BODIES), text, "Valdoria's spy agency");
    assert.equal(c.speaker, 'organization:state-intelligence-service', 'the spy agency is the State Intelligence Service');
  });

  test('"Valdoria\'s intelligence agency" is the intelligence service named before', () => {
    const text =
      "The State Intelligence Service briefed lawmakers on Monday. Valdoria's intelligence agency said that the rebels lacked fuel.";
    const c = claimStarting(claimsOf(text, BODIES), text, "Valdoria's intelligence agency");
    assert.equal(c.speaker, 'organization:state-intelligence-service', 'the intelligence agency is the State Intelligence Service');
  });

  test('with no body of that kind in the article, the description keeps an id of its own', () => {
    const text = "Valdoria's spy agency on Thursday said that the rebels would test rockets again.";
    const c = claimStarting(claimsOf(text, VALDORIA), text, "Valdoria's spy agency");
    assert.ok(c.speaker !== null && c.speaker !== 'location:valdoria', `the spy agency is neither nobody nor the country; got ${String(c.speaker)}`);
  });
});
