import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis/analyze';
import { buildRecord } from '../../server/src/workspace/articleRecord';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';

const QUOTE = '"The ferry service across the strait will restart in spring with two new boats," harbour master Elin Varga said on Monday.';

/** An index of `n` articles that all carry the same statement. */
function indexCarrying(n: number): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (let i = 0; i < n; i++) {
    const text = `Ferry report ${i}\n\nPORT ELLEN, May 5 -- Islanders met on Monday.\n\n${QUOTE}\n`;
    index.set(buildRecord({ uri: `file:///ferry-${String(i).padStart(4, '0')}.txt`, size: text.length, mtimeMs: 0, hash: 'h' }, text, analyze(text)));
  }
  return index;
}

test('a few articles waiting for their claims to be banded are banded when corroboration is asked for', () => {
  const index = indexCarrying(5);
  assert.equal(index.claimsWaiting, 5);
  assert.equal(index.claimsReady(), true, 'expected corroboration answerable at once');
  assert.equal(index.claimsWaiting, 0);
  assert.equal(new Set(index.sameClaims('file:///ferry-0000.txt', 0).map((r) => r.uri)).size, 4);
});

test('many waiting articles make corroboration wait for the idle banding instead of banding them all in one request', () => {
  const index = indexCarrying(150);
  assert.equal(index.claimsReady(), false, 'expected corroboration to wait');
  assert.equal(index.claimsWaiting, 150, 'expected nothing banded by the question');
  while (index.indexClaims(8)) {
    // the idle steps' work, eight articles at a time
  }
  assert.equal(index.claimsReady(), true);
  assert.equal(new Set(index.sameClaims('file:///ferry-0000.txt', 0).map((r) => r.uri)).size, 149);
});
