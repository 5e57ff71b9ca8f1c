import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, decodeTokens, ENTITY_TOKEN_TYPES, EXTENSION_ID, openArticle, poll } from './articles';

// A seed and names in it with the types the gold annotations give them.
const SEED = '001_71c7a69bdbeef647.txt';
const NAMES = [
  ['Erdogan', 'person'],
  ['Ankara', 'location'],
] as const;

/** The seed's semantic tokens, once the language server has computed them. */
async function semanticTokens(document: vscode.TextDocument): Promise<{ tokens: vscode.SemanticTokens; legend: vscode.SemanticTokensLegend }> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>(
    'vscode.provideDocumentSemanticTokensLegend',
    document.uri,
  );
  assert.ok(legend, 'expected the extension to provide a semantic tokens legend for an article');
  const tokens = await poll(`semantic tokens for ${SEED}`, async () => {
    const answer = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
    return answer && answer.data.length > 0 ? answer : undefined;
  });
  return { tokens, legend };
}

suite('Article Lens in VS Code', () => {
  test('opening a seed activates the extension and gives the file the article language', async () => {
    const document = await openArticle(SEED);
    assert.equal(document.languageId, 'article', `expected ${SEED} to be an article`);
    const extension = await activateExtension();
    assert.equal(extension.isActive, true, `expected ${EXTENSION_ID} to be active`);
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['articleLens.showOutput', 'articleLens.restartServer']) {
      assert.ok(commands.includes(command), `expected the command ${command} to be registered`);
    }
  });

  test('articles wrap their lines by default', async () => {
    const document = await openArticle(SEED);
    const wrap = vscode.workspace.getConfiguration('editor', { languageId: 'article', uri: document.uri }).get<string>('wordWrap');
    assert.equal(wrap, 'on', 'expected the extension to make articles wrap their lines');
  });

  test('semantic tokens decode to the gold types on names in a seed', async () => {
    await activateExtension();
    const document = await openArticle(SEED);
    const { tokens, legend } = await semanticTokens(document);
    assert.ok(legend.tokenTypes.includes('person') && legend.tokenTypes.includes('location'), `legend: ${legend.tokenTypes.join(', ')}`);
    const decoded = decodeTokens(document, tokens, legend);
    for (const [name, type] of NAMES) {
      const token = decoded.find((t) => t.text === name || t.text.endsWith(` ${name}`));
      assert.ok(token, `expected a token on "${name}"; tokens: ${decoded.map((t) => `${t.text}:${t.type}`).join(', ')}`);
      assert.equal(token.type, type, `expected "${token.text}" to be a ${type} token`);
    }
    const entities = decoded.filter((t) => ENTITY_TOKEN_TYPES.has(t.type));
    assert.ok(entities.length >= 10, `expected many entity tokens in ${SEED}, got ${entities.length}`);
  });

  test('hovering an entity shows a card naming it', async () => {
    await activateExtension();
    const document = await openArticle(SEED);
    await semanticTokens(document);
    const offset = document.getText().indexOf('Erdogan');
    assert.ok(offset >= 0, `expected "Erdogan" in ${SEED}`);
    const position = document.positionAt(offset + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.ok(hovers.length > 0, 'expected a hover card on "Erdogan"');
    assert.match(text, /Erdo[gğ]an/, `expected the card to name Erdogan, got: ${text}`);
  });
});
