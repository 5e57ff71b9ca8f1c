import assert from 'node:assert/strict';

/** Where the `nth` occurrence (from 0) of `needle` starts in `text`, as an LSP position; fails the test when absent. */
export function positionOf(text: string, needle: string, nth = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `expected "${needle}" in the text`);
  const before = text.slice(0, at);
  return { line: before.split('\n').length - 1, character: at - (before.lastIndexOf('\n') + 1) };
}

/** One character into the first occurrence of `needle`: inside the word, as a click on it would be. */
export function positionInside(text: string, needle: string): { line: number; character: number } {
  const start = positionOf(text, needle);
  return { line: start.line, character: start.character + 1 };
}
