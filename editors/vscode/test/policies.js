'use strict';
// Tokenizes every bundled policy (policies/**/*.pasal, and the fixtures that are
// valid policies, and test/syntax) with the TextMate grammar, or the files and folders given as arguments,
// and checks each token against an independent, much simpler reading of the file:
//
// - every character inside a "string" (which may span lines) is string.quoted, and
//   a citation after "sebagaimana dimaksud dalam/pada" in it is meta.citation;
//   every `//` comment is comment.line, and nothing stays open at the end of a file;
// - every word the compiler treats as a keyword (the K_… rules of grammar/pasal.pest,
//   read from that file, so a keyword added there and not here fails this test) is
//   scoped keyword.* — unless it stands where a name must (`dari anggota`);
// - every other lowercase word is an identifier (variable.other / entity.name) or a
//   clause label, never a keyword; numbers are constant.numeric or labels;
//   `=>`, `%`, `|`, eselon / golongan / education literals and lint codes have
//   their own scopes;
// - every keyword of pasal.pest is met and checked in keyword position at least once.
//
// Then it checks the checker: grammars with the strings, the keywords or the
// numbers taken out must each be rejected, so a broken grammar cannot pass.

const fs = require('fs');
const path = require('path');
const { loadGrammar, readGrammar, tokenize } = require('./tokenize');

const ROOT = path.join(__dirname, '..', '..', '..');
const PEST = path.join(ROOT, 'grammar', 'pasal.pest');
const POLICIES = path.join(ROOT, 'policies');
// Fixtures that are valid policies (tests/fixtures/errors holds broken ones on purpose).
const VALID_FIXTURES = ['tests/fixtures/lints', 'tests/fixtures/diff', 'tests/fixtures/fmt', 'tests/fixtures/formats', 'tests/fixtures/render'];

const UNIT_KEYWORDS = ['peraturan', 'menimbang', 'mengingat', 'memutuskan', 'bab', 'bagian', 'paragraf', 'pasal', 'penutup'];
// Words after which the grammar of pasal puts a name, never a keyword.
const NAME_TAKERS = new Set(['oleh', 'kepada', 'dengan', 'dari', 'pada', 'sebelum', 'setelah', 'sejak', 'per', 'daftar', 'butir', 'jabatan', 'fakta', 'istilah']);
const LABEL_TAKERS = new Set(['pasal', 'Pasal', 'bab', 'bagian', 'paragraf', 'angka', 'huruf', 'ayat']);

/** The keywords of the language, read from grammar/pasal.pest. */
function pestKeywords() {
  const text = fs.readFileSync(PEST, 'utf8');
  const words = new Set();
  for (const m of text.matchAll(/^K_[A-Z]+\s*=\s*_\{\s*"([a-z]+) "\s*\}/gm)) words.add(m[1]);
  for (const m of text.matchAll(/"([a-z]+-[a-z]+) "/g)) words.add(m[1]);
  if (words.size < 90) throw new Error(`read only ${words.size} keywords from ${PEST}`);
  return words;
}

function policyFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...policyFiles(p));
    else if (e.name.endsWith('.pasal')) out.push(p);
  }
  return out;
}

/** Splits one line into string, comment and code segments, carrying the open string across lines. */
function segments(line, inString) {
  const segs = [];
  let i = 0;
  let start = 0;
  let kind = inString ? 'string' : 'code';
  while (i < line.length) {
    const c = line[i];
    if (kind === 'string') {
      if (c === '\\') i += 2;
      else if (c === '"') {
        segs.push({ kind, start, end: i + 1 });
        kind = 'code';
        start = ++i;
      } else i++;
    } else if (c === '"') {
      if (i > start) segs.push({ kind, start, end: i });
      kind = 'string';
      start = i++;
    } else if (c === '/' && line[i + 1] === '/') {
      if (i > start) segs.push({ kind, start, end: i });
      segs.push({ kind: 'comment', start: i, end: line.length });
      return { segs, inString: false };
    } else i++;
  }
  if (line.length > start) segs.push({ kind, start, end: line.length });
  return { segs, inString: kind === 'string' };
}

const WORD = /=>|[0-9]{4}-[0-9]{2}-[0-9]{2}|(?:IV|III|II|I|V)\.[ab](?![A-Za-z0-9_])|(?:IV|III|II|I)\/[a-e](?![A-Za-z0-9_])|masing-masing|[A-Za-z][A-Za-z0-9_]*|[0-9]+(?:\.[0-9]+)?[A-Z]?|[{}()[\],:|%.]/g;

const CITED = /\bsebagaimana\s+dimaksud\s+(?:dalam|pada)\s+(?=Pasal\s+[0-9]|ayat\s*\(|huruf\s+[a-z]\b|angka\s+[0-9])/g;

// The keywords met (and checked) in keyword position.
const seenKeywords = new Set();

const has = (prefixes) => (scopes) => scopes.some((s) => prefixes.some((p) => s === p || s.startsWith(p)));
const IDENT = has(['variable.other.', 'entity.name.']);
const KEYWORD = has(['keyword.']);
const LABEL = has(['entity.name.section.', 'constant.other.citation.']);

/** What scope a word must carry, as a predicate and its description. */
function expectation(word, prev, keywords) {
  if (word === '=>') return [has(['keyword.operator.arrow.']), 'keyword.operator.arrow'];
  if (word === '%') return [has(['keyword.other.unit.']), 'keyword.other.unit'];
  if (word === '|') return [has(['keyword.operator.alternative.']), 'keyword.operator.alternative'];
  if (/^[{}()[\],:.]$/.test(word)) return [has(['punctuation.']), 'punctuation'];
  if (/^[0-9]{4}-/.test(word)) return [has(['constant.numeric.date.']), 'constant.numeric.date'];
  if (/\.[ab]$/.test(word)) return [has(['constant.language.eselon.']), 'constant.language.eselon'];
  if (/\/[a-e]$/.test(word)) return [has(['constant.language.golongan.']), 'constant.language.golongan'];
  if (/^[0-9]/.test(word)) {
    return LABEL_TAKERS.has(prev) || prev === '('
      ? [LABEL, 'a clause label']
      : [has(['constant.numeric.']), 'constant.numeric'];
  }
  if (/^(?:SD|SMP|SMA|D[1-4]|S[1-3])$/.test(word)) return [has(['constant.language.education.']), 'constant.language.education'];
  if (word === 'Pasal') return [has(['keyword.other.citation.']), 'keyword.other.citation'];
  if (prev === 'akui') return [has(['constant.other.lint-code.']), 'constant.other.lint-code'];
  if (/^[A-Z]+$/.test(word) && prev === 'bab') return [LABEL, 'a clause label'];
  if (/^[a-z]$/.test(word) && prev === 'huruf') return [LABEL, 'a clause label'];
  if (/^[A-Z]/.test(word)) return [() => false, 'no uppercase word outside strings'];
  if (/^ke[a-z]+$/.test(word) && prev === 'bagian') return [LABEL, 'a clause label'];
  if (keywords.has(word) && !NAME_TAKERS.has(prev)) {
    seenKeywords.add(word);
    return [(s) => KEYWORD(s) || has(['constant.language.list-kind.'])(s), 'keyword.*'];
  }
  return [(s) => IDENT(s) && !KEYWORD(s), 'an identifier (variable.other / entity.name), not a keyword'];
}

/** Checks one file; returns { failures, checked }. */
function checkFile(grammar, file, keywords) {
  const text = fs.readFileSync(file, 'utf8');
  const { lines, tokens, openScopes } = tokenize(grammar, text);
  const failures = [];
  let checked = 0;
  const scopesAt = (lineNo, col) => {
    const t = tokens[lineNo].find((tok) => tok.start <= col && col < tok.end);
    return t ? t.scopes : [];
  };
  const fail = (lineNo, col, what, scopes) =>
    failures.push(`${path.relative(ROOT, file)}:${lineNo + 1}:${col + 1}: ${what}; got ${scopes.slice(1).join(' ') || '(no scope)'}`);

  let inString = false;
  let prev = '';
  lines.forEach((line, n) => {
    // Like the compiler (src/syntax/split.rs), a unit keyword at column 0 starts a
    // new unit even inside a string left open.
    if (UNIT_KEYWORDS.some((k) => new RegExp(`^${k}(?![A-Za-z0-9_])`).test(line))) {
      inString = false;
      const s = scopesAt(n, 0);
      checked++;
      if (!s.includes('keyword.control.unit.pasal')) fail(n, 0, 'expected keyword.control.unit.pasal at a unit start', s);
    }
    const r = segments(line, inString);
    inString = r.inString;
    for (const seg of r.segs) {
      if (seg.kind !== 'code') {
        if (seg.kind === 'string') prev = '"';
        const want = seg.kind === 'string' ? 'string.quoted.double.pasal' : 'comment.line.double-slash.pasal';
        for (let c = seg.start; c < seg.end; c++) {
          const s = scopesAt(n, c);
          checked++;
          if (!s.includes(want)) {
            fail(n, c, `expected ${want}`, s);
            break;
          }
        }
        // "sebagaimana dimaksud dalam Pasal 6 ayat (1)": the citation is marked.
        if (seg.kind === 'string') {
          for (const m of line.slice(seg.start, seg.end).matchAll(CITED)) {
            const col = seg.start + m.index + m[0].length;
            const s = scopesAt(n, col);
            checked++;
            if (!s.includes('meta.citation.pasal')) fail(n, col, 'expected meta.citation.pasal for a citation in the text', s);
          }
        }
        continue;
      }
      const code = line.slice(seg.start, seg.end);
      for (const m of code.matchAll(WORD)) {
        const col = seg.start + m.index;
        const [ok, what] = expectation(m[0], prev, keywords);
        for (const c of [col, col + m[0].length - 1]) {
          const s = scopesAt(n, c);
          checked++;
          if (!ok(s) || s.some((x) => x.startsWith('string.') || x.startsWith('comment.') || x.startsWith('invalid.'))) {
            fail(n, c, `${JSON.stringify(m[0])} should be ${what}`, s);
            break;
          }
        }
        prev = m[0];
      }
      const rest = code.replace(WORD, ' ').trim();
      if (rest !== '') fail(n, seg.start, `unexpected characters outside strings: ${JSON.stringify(rest)}`, []);
    }
  });
  if (openScopes.length !== 1) fail(lines.length - 1, 0, 'the grammar left a region open at the end of the file', openScopes);
  return { failures, checked };
}

async function checkAll(rawGrammar, files, keywords) {
  const grammar = await loadGrammar(rawGrammar);
  const results = files.map((f) => ({ file: f, ...checkFile(grammar, f, keywords) }));
  return results;
}

/** Broken grammars the checker must reject. */
function mutants(raw) {
  const clone = () => JSON.parse(JSON.stringify(raw));
  const noStrings = clone();
  noStrings.repository.string = { patterns: [] };
  const noKeywords = clone();
  noKeywords.repository.keyword = { patterns: [] };
  const noNumbers = clone();
  noNumbers.repository.quantity = { patterns: [] };
  const noComments = clone();
  noComments.repository.comment = { patterns: [] };
  const noCitations = clone();
  noCitations.repository.string.patterns = noCitations.repository.string.patterns.filter((p) => !p.captures);
  return { 'without citations in text': noCitations, 'without strings': noStrings, 'without keywords': noKeywords, 'without numbers': noNumbers, 'without comments': noComments };
}

(async () => {
  const keywords = pestKeywords();
  const files =
    process.argv.length > 2
      ? process.argv.slice(2).flatMap((p) => (fs.statSync(p).isDirectory() ? policyFiles(path.resolve(p)) : [path.resolve(p)]))
      : [
          ...policyFiles(POLICIES),
          ...VALID_FIXTURES.flatMap((d) => policyFiles(path.join(ROOT, d))),
          ...policyFiles(path.join(__dirname, 'syntax')),
        ];
  if (process.argv.length <= 2 && files.filter((f) => f.startsWith(POLICIES)).length < 6) {
    throw new Error(`found fewer than 6 policies under ${POLICIES}`);
  }
  const raw = readGrammar();
  let failed = 0;
  let total = 0;
  for (const r of await checkAll(raw, files, keywords)) {
    total += r.checked;
    const status = r.failures.length === 0 ? 'ok' : `${r.failures.length} FAILED`;
    console.log(`${status.padEnd(9)} ${path.relative(ROOT, r.file)} (${r.checked} checks)`);
    for (const f of r.failures.slice(0, 20)) console.log(`    ${f}`);
    failed += r.failures.length;
  }
  console.log(`${files.length} files, ${keywords.size} keywords from grammar/pasal.pest, ${total} checks, ${failed} failures`);
  // Every keyword of the language must have been checked somewhere (test/syntax
  // holds the ones the policies do not use), so a keyword added to pasal.pest
  // and not to the TextMate grammar fails here.
  const unseen = [...keywords].filter((k) => !seenKeywords.has(k)).sort();
  if (process.argv.length <= 2) {
    console.log(`keywords checked in keyword position: ${seenKeywords.size} of ${keywords.size}${unseen.length ? `; never: ${unseen.join(', ')}` : ''}`);
    if (unseen.length > 0) failed++;
  }

  // The checker must reject each broken grammar.
  let unnoticed = 0;
  for (const [name, g] of Object.entries(mutants(raw))) {
    const caught = (await checkAll(g, files, keywords)).reduce((n, r) => n + r.failures.length, 0);
    console.log(`mutant grammar ${name}: ${caught > 0 ? `rejected (${caught} failures)` : 'NOT REJECTED'}`);
    if (caught === 0) unnoticed++;
  }
  if (failed > 0 || unnoticed > 0) process.exit(1);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
