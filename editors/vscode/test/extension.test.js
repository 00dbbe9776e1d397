'use strict';
// Runs extension.js against stand-ins for the `vscode` API and for
// vscode-languageclient (neither can run outside VS Code) and checks what it
// does: package.json's contributions, which server it starts, that it restarts on a pasal.* settings change and
// only then, what it says when the binary is missing, and how it folds.

const assert = require('assert');
const Module = require('module');

const log = [];
let config = {};
let failStart = null;
const listeners = {};
const commands = {};
const providers = [];
const shown = [];

class FakeClient {
  constructor(id, name, server, options) {
    this.server = server;
    this.options = options;
    // No transport: vscode-languageclient would append `--stdio` for TransportKind.stdio.
    assert.strictEqual(server.run.transport, undefined);
    assert.deepStrictEqual(server.debug, server.run);
    log.push({ event: 'new', args: server.run.args, command: server.run.command });
  }
  start() {
    log.push({ event: 'start' });
    return failStart ? Promise.reject(new Error(failStart)) : Promise.resolve();
  }
  stop() {
    log.push({ event: 'stop' });
    return Promise.resolve();
  }
}

const fakeVscode = {
  workspace: {
    getConfiguration: (section) => {
      assert.strictEqual(section, 'pasal');
      return { get: (key, dflt) => (key in config ? config[key] : dflt) };
    },
    onDidChangeConfiguration: (fn) => {
      listeners.config = fn;
      return { dispose() {} };
    },
  },
  languages: {
    registerFoldingRangeProvider: (selector, provider) => {
      providers.push({ selector, provider });
      return { dispose() {} };
    },
  },
  commands: {
    registerCommand: (name, fn) => {
      commands[name] = fn;
      return { dispose() {} };
    },
  },
  window: {
    showErrorMessage: (m) => shown.push(['error', m]),
    showInformationMessage: (m) => shown.push(['info', m]),
  },
  FoldingRange: class {
    constructor(start, end) {
      this.start = start;
      this.end = end;
    }
  },
};

const realLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (request === 'vscode') return fakeVscode;
  if (request === 'vscode-languageclient/node') return { LanguageClient: FakeClient };
  return realLoad.call(this, request, parent, isMain);
};
const ext = require('../extension.js');
const pkg = require('../package.json');

const changed = (section) => ({ affectsConfiguration: (s) => s === section || section.startsWith(`${s}.`) });
const tick = () => new Promise((r) => setTimeout(r, 0));

(async () => {
  // Settings in package.json match what the extension reads.
  const props = pkg.contributes.configuration.properties;
  assert.strictEqual(props['pasal.path'].default, 'pasal');
  assert.deepStrictEqual(props['pasal.lang'].enum, ['en', 'id']);
  assert.deepStrictEqual(pkg.activationEvents, ['onLanguage:pasal']);
  // A workspace that is not trusted cannot choose which program is started.
  assert.deepStrictEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['pasal.path']);
  assert.ok(pkg.contributes.commands.some((c) => c.command === 'pasal.restartServer'));
  const fs = require('fs');
  const path = require('path');
  const here = (p) => path.join(__dirname, '..', p);
  assert.ok(fs.existsSync(here(pkg.main)));
  const [language] = pkg.contributes.languages;
  assert.deepStrictEqual([language.id, language.extensions], ['pasal', ['.pasal']]);
  const langConfig = JSON.parse(fs.readFileSync(here(language.configuration), 'utf8'));
  assert.strictEqual(langConfig.comments.lineComment, '//');
  const [grammar] = pkg.contributes.grammars;
  const tm = JSON.parse(fs.readFileSync(here(grammar.path), 'utf8'));
  assert.deepStrictEqual([grammar.language, grammar.scopeName, tm.scopeName], ['pasal', 'source.pasal', 'source.pasal']);

  // Start: `<path> lsp --lang <lang>` on stdio.
  config = { path: '/opt/pasal/bin/pasal', lang: 'id' };
  const context = { subscriptions: [] };
  await ext.activate(context);
  assert.deepStrictEqual(log, [
    { event: 'new', args: ['lsp', '--lang', 'id'], command: '/opt/pasal/bin/pasal' },
    { event: 'start' },
  ]);
  assert.strictEqual(context.subscriptions.length, 3);

  // A change elsewhere does not restart the server.
  log.length = 0;
  listeners.config(changed('editor.fontSize'));
  await tick();
  await ext.deactivate();
  assert.deepStrictEqual(log, [{ event: 'stop' }]);

  // A pasal.* change stops the old server and starts one with the new settings.
  log.length = 0;
  await ext.activate({ subscriptions: [] });
  log.length = 0;
  config = { path: '', lang: 'fr' }; // empty path and unknown language fall back to the defaults
  listeners.config(changed('pasal.lang'));
  await tick();
  await ext.deactivate();
  assert.deepStrictEqual(log.slice(0, 3), [
    { event: 'stop' },
    { event: 'new', args: ['lsp', '--lang', 'en'], command: 'pasal' },
    { event: 'start' },
  ]);

  // A binary that cannot start: one error message, in the chosen language, naming the binary.
  log.length = 0;
  shown.length = 0;
  failStart = 'spawn nopasal ENOENT';
  config = { path: 'nopasal', lang: 'id' };
  await ext.activate({ subscriptions: [] });
  assert.strictEqual(shown.length, 1);
  assert.strictEqual(shown[0][0], 'error');
  assert.match(shown[0][1], /^Server bahasa pasal \(`nopasal lsp`\) tidak dapat dijalankan: spawn nopasal ENOENT/);
  assert.match(shown[0][1], /cargo install --path \./);
  // Restarting after the failure starts again (and says so once it works).
  failStart = null;
  await commands['pasal.restartServer']();
  assert.deepStrictEqual(shown[1], ['info', 'Server bahasa pasal dijalankan ulang.']);
  assert.strictEqual(ext.message('restarted', 'en'), 'pasal language server restarted.');

  // Folding by braces; braces in strings (also across lines) and comments do not count.
  const text = [
    'pasal 1 {', //                     0
    '  ayat (1) "a { b" {', //          1
    '    huruf a "c } d', //            2
    '      e {"', //                    3
    '    // } not a brace', //          4
    '    huruf b "f \\" {"', //         5
    '  }', //                           6
    '  ayat (2) "g" { => syarat x }', // 7: on one line, nothing to fold
    '  ayat (3) "h" {', //              8: nothing between the braces
    '  }', //                           9
    '}', //                             10
  ].join('\n');
  assert.deepStrictEqual(ext.braceFoldingRanges(text), [
    { start: 0, end: 9 },
    { start: 1, end: 5 },
  ]);
  const provided = providers[0].provider.provideFoldingRanges({ getText: () => text });
  assert.deepStrictEqual(providers[0].selector, { language: 'pasal' });
  assert.deepStrictEqual(provided.map((r) => [r.start, r.end]), [[0, 9], [1, 5]]);

  console.log('extension.js: ok (server command, restart on pasal.* changes only, start failure message, folding)');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
