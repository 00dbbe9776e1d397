'use strict';
// Loads syntaxes/pasal.tmLanguage.json into vscode-textmate (the engine VS Code
// itself uses, with the same Oniguruma regex library) and tokenizes text line by line.

const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const GRAMMAR_PATH = path.join(__dirname, '..', 'syntaxes', 'pasal.tmLanguage.json');

/** A registry that serves `grammar` (an object) as source.pasal. */
async function loadGrammar(grammar) {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'source.pasal'
        ? vsctm.parseRawGrammar(JSON.stringify(grammar), 'pasal.tmLanguage.json')
        : null,
  });
  const loaded = await registry.loadGrammar('source.pasal');
  if (!loaded) throw new Error('source.pasal did not load');
  return loaded;
}

/** The grammar as committed. */
function readGrammar() {
  return JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8'));
}

/**
 * Tokenizes `text`: one entry per line, each a list of
 * { start, end, text, scopes }, and the scopes still open after the last line.
 */
function tokenize(grammar, text) {
  const lines = text.split(/\r?\n/);
  let state = vsctm.INITIAL;
  const out = [];
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, state);
    out.push(
      r.tokens.map((t) => ({
        start: t.startIndex,
        end: Math.min(t.endIndex, line.length),
        text: line.slice(t.startIndex, t.endIndex),
        scopes: t.scopes,
      })),
    );
    state = r.ruleStack;
  }
  const tail = grammar.tokenizeLine('', state).tokens[0].scopes;
  return { lines, tokens: out, openScopes: tail };
}

module.exports = { loadGrammar, readGrammar, tokenize, GRAMMAR_PATH };

// `node test/tokenize.js FILE`: print each token and its scopes (for debugging).
if (require.main === module) {
  (async () => {
    const grammar = await loadGrammar(readGrammar());
    const { tokens, openScopes } = tokenize(grammar, fs.readFileSync(process.argv[2], 'utf8'));
    tokens.forEach((line, i) => {
      for (const t of line) {
        if (t.text.trim() === '') continue;
        console.log(`${i + 1}:${t.start}\t${JSON.stringify(t.text)}\t${t.scopes.slice(1).join(' ')}`);
      }
    });
    console.log(`open at end: ${openScopes.join(' ')}`);
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
