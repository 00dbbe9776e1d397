'use strict';
// The pasal extension: starts `pasal lsp --lang <lang>` (the language server built
// into the pasal compiler) on stdio for every document of language `pasal`,
// restarts it when the `pasal.*` settings change, and folds by braces.
// Plain JavaScript, no build step.

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

/** Every sentence the extension shows, in English and Indonesian (as pasal's src/messages.rs). */
const MESSAGES = {
  startFailed: {
    en: (cmd, err) =>
      `Could not start the pasal language server (\`${cmd} lsp\`): ${err}. ` +
      'Install pasal with `cargo install --path .` in the pasal repository, or set `pasal.path` to the binary.',
    id: (cmd, err) =>
      `Server bahasa pasal (\`${cmd} lsp\`) tidak dapat dijalankan: ${err}. ` +
      'Pasang pasal dengan `cargo install --path .` di repositori pasal, atau isi `pasal.path` dengan lokasi program.',
  },
  restarted: {
    en: () => 'pasal language server restarted.',
    id: () => 'Server bahasa pasal dijalankan ulang.',
  },
};

/** The settings the extension reads, with their defaults applied and checked. */
function readSettings(configuration) {
  const raw = configuration.get('path', 'pasal');
  const command = typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : 'pasal';
  const lang = configuration.get('lang', 'en') === 'id' ? 'id' : 'en';
  return { command, lang };
}

/**
 * The server process for `settings`: exactly `<path> lsp --lang <lang>`, spoken to
 * on stdin/stdout. No `transport` is set on purpose: with `TransportKind.stdio`
 * vscode-languageclient appends `--stdio` to the arguments, which `pasal lsp`
 * does not take; without one it still uses stdio.
 */
function serverOptions(settings) {
  const run = { command: settings.command, args: ['lsp', '--lang', settings.lang] };
  return { run, debug: run };
}

/** A user-facing sentence in the configured language. */
function message(key, lang, ...args) {
  return MESSAGES[key][lang === 'id' ? 'id' : 'en'](...args);
}

/**
 * Folding ranges for each `{` … `}` that spans lines, ignoring braces in strings
 * (which may span lines) and `//` comments. Each range runs from the line of `{`
 * to the line before its `}`, so the closing brace stays visible.
 */
function braceFoldingRanges(text) {
  const ranges = [];
  const open = [];
  let line = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
    } else if (inString) {
      if (c === '\\') {
        if (text[i + 1] === '\n') line++;
        i++;
      } else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (c === '{') {
      open.push(line);
    } else if (c === '}' && open.length > 0) {
      const start = open.pop();
      if (line - 1 > start) ranges.push({ start, end: line - 1 });
    }
  }
  return ranges.sort((a, b) => a.start - b.start || a.end - b.end);
}

let client;
let settings;
// Starts and stops run one after another, never overlapping.
let queue = Promise.resolve();

function startClient() {
  settings = readSettings(vscode.workspace.getConfiguration('pasal'));
  const current = new LanguageClient('pasal', 'pasal', serverOptions(settings), {
    documentSelector: [
      { scheme: 'file', language: 'pasal' },
      { scheme: 'untitled', language: 'pasal' },
    ],
  });
  client = current;
  const { command, lang } = settings;
  return current.start().catch((err) => {
    if (client === current) client = undefined;
    const reason = err && err.message ? err.message : String(err);
    vscode.window.showErrorMessage(message('startFailed', lang, command, reason));
  });
}

function stopClient() {
  const current = client;
  client = undefined;
  if (!current) return Promise.resolve();
  // A server that failed to start cannot be stopped; that is not an error here.
  return current.stop().catch(() => undefined);
}

function enqueue(step) {
  queue = queue.then(step, step);
  return queue;
}

/** Called by VS Code when a pasal document is first opened. */
function activate(context) {
  context.subscriptions.push(
    vscode.languages.registerFoldingRangeProvider(
      { language: 'pasal' },
      {
        provideFoldingRanges(document) {
          return braceFoldingRanges(document.getText()).map((r) => new vscode.FoldingRange(r.start, r.end));
        },
      },
    ),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('pasal')) enqueue(() => stopClient().then(startClient));
    }),
    vscode.commands.registerCommand('pasal.restartServer', () =>
      enqueue(() => stopClient().then(startClient)).then(() => {
        if (client) vscode.window.showInformationMessage(message('restarted', settings.lang));
      }),
    ),
  );
  return enqueue(startClient);
}

/** Called by VS Code on shutdown: stops the server. */
function deactivate() {
  return enqueue(stopClient);
}

module.exports = { activate, deactivate, braceFoldingRanges, readSettings, serverOptions, message };
