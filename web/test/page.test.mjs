// The page in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core): open it from a local server started here, load seeds and
// a draft through the file input, and compare what the page shows with what
// the native binary (target/release/pasal) prints for the same file.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { deflateRawSync, crc32 } from 'node:zlib';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const web = path.resolve(here, '..');
const root = path.resolve(web, '..');
const www = path.join(web, 'www');
const out = path.join(here, 'out');
const native = path.join(root, 'target', 'release', 'pasal');
const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';

/** The native binary's output (it exits 1 on findings at error level). */
function pasal(...args) {
  try {
    return execFileSync(native, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  } catch (e) {
    if (e.status === 1 && e.stdout) return e.stdout;
    throw e;
  }
}
const nativeJson = (...args) => JSON.parse(pasal(...args));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Serves www/ on a free port of 127.0.0.1. */
function serve() {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = path.resolve(www, rel);
    if (!file.startsWith(www + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A Word file (.docx: a zip of word/document.xml, deflated) with one
 * paragraph per line of `text`, as a drafter's Word file without styles. */
function docx(text) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = text.split('\n').map((l) =>
    `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
  const document = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:body>${body}</w:body></w:document>`;
  const files = [['word/document.xml', Buffer.from(document, 'utf8')]];
  const locals = [], centrals = [];
  let offset = 0;
  for (const [name, data] of files) {
    const packed = deflateRawSync(data);
    const n = Buffer.from(name, 'utf8');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(8, 8);
    head.writeUInt16LE(0x21, 12); head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(packed.length, 18); head.writeUInt32LE(data.length, 22); head.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10); central.writeUInt16LE(0x21, 14); central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(head, n, packed);
    centrals.push(central, n);
    offset += head.length + n.length + packed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The page's files: the only requests it may make. */
const OWN_FILES = ['/index.html', '/style.css', '/app.js', '/pkg/pasal_web.js', '/pkg/pasal_web_bg.wasm'];

describe('the page', () => {
  let server, browser, page, base;
  const requests = [];
  let requestsAtLoad = 0;

  before(async () => {
    assert.ok(existsSync(native), `${native} is missing: run \`cargo build --release\` at the root`);
    assert.ok(existsSync(path.join(www, 'pkg', 'pasal_web_bg.wasm')), 'www/pkg is missing: run web/build.sh');
    await mkdir(out, { recursive: true });
    server = await serve();
    base = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({ executablePath: browserPath });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-US' });
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => assert.fail(`error on the page: ${e}`));
    await page.goto(`${base}/index.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    requestsAtLoad = requests.length;
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  /** Opens a file through the file input; resolves when its findings are listed. */
  async function open(rel) {
    await page.evaluate(() => { document.querySelector('#status').textContent = ''; });
    await page.setInputFiles('#file', path.join(root, rel));
    await page.waitForFunction(() => document.querySelector('#status').textContent !== '');
    return page.$$eval('#findings-list li', (lis) => lis.map((li) => ({
      code: li.dataset.code,
      text: li.textContent,
    })));
  }

  it('says on the page that nothing leaves the browser', async () => {
    const text = await page.textContent('#privacy');
    assert.match(text, /Nothing leaves your browser/);
    assert.match(text, /no network request/);
  });

  for (const seed of ['policies/kota-tarakan-2023-8.pasal', 'policies/kota-tasikmalaya-2023-20.pasal']) {
    it(`shows the findings \`pasal check\` gives for ${seed}, each at its clause`, async () => {
      const expected = nativeJson('check', '--format', 'json', seed);
      assert.ok(expected.findings.length > 0, 'the seed has findings to show');
      const shown = await open(seed);
      assert.deepEqual(shown.map((f) => f.code), expected.findings.map((f) => f.code));
      expected.findings.forEach((f, i) => {
        assert.ok(shown[i].text.includes(f.message), `finding ${i}: ${shown[i].text} lacks ${f.message}`);
        if (f.clause) assert.ok(shown[i].text.includes(f.clause), `finding ${i} lacks its clause ${f.clause}`);
      });
      // Every finding is once in the text or in the list above it, most in the text.
      const inText = await page.$$eval('#document .finding', (b) => b.map((x) => Number(x.dataset.finding)));
      const above = await page.$$eval('#elsewhere .finding', (b) => b.map((x) => Number(x.dataset.finding)));
      assert.deepEqual([...inText, ...above].sort((a, b) => a - b), expected.findings.map((_, i) => i));
      assert.ok(inText.length > above.length, `${inText.length} in the text, ${above.length} above it`);
      // A finding at a Pasal sits inside that Pasal's section.
      const atPasal = expected.findings.findIndex((f) => /^Pasal \d+ ayat/.test(f.clause || ''));
      if (atPasal >= 0) {
        const pasalNo = expected.findings[atPasal].clause.match(/^Pasal (\d+)/)[1];
        const section = await page.$eval(`#document .finding[data-finding="${atPasal}"]`,
          (b) => b.closest('section.pasal')?.querySelector('h1,h2,h3,h4,h5,h6')?.textContent);
        assert.equal(section, `Pasal ${pasalNo}`);
      }
      // The rules list is `pasal rules`'.
      const rules = nativeJson('rules', '--format', 'json', seed);
      assert.equal(await page.$$eval('#rules tbody tr', (r) => r.length), rules.rules.length);
    });
  }

  it('explains a finding when it is clicked (the text of `pasal explain`)', async () => {
    const expected = nativeJson('check', '--format', 'json', 'policies/kota-tarakan-2023-8.pasal');
    await open('policies/kota-tarakan-2023-8.pasal');
    // A finding at a Pasal (one without a clause, like PSL505 on the whole
    // policy, is listed apart, under #elsewhere).
    const i = expected.findings.findIndex((f, k) => k > 0 && (f.clause || '').startsWith('Pasal'));
    const code = expected.findings[i].code;
    await page.click(`#document .finding[data-finding="${i}"]`);
    await page.waitForSelector('#explanation:not([hidden])');
    const shown = await page.textContent('#explanation');
    const explain = pasal('explain', code);
    const what = explain.split('What it checks and why it matters:\n')[1].split('\n\n')[0]
      .split('\n').map((l) => l.trim()).join('\n');
    assert.ok(shown.includes(code), `${code} not in the explanation`);
    assert.ok(shown.includes(what.split('\n')[0]), `the explanation lacks: ${what.split('\n')[0]}`);
    assert.ok(shown.includes(expected.findings[i].message));
    await page.screenshot({ path: path.join(out, 'page.png') });
    // A click in the list shows the same for another finding.
    await page.click('#findings-list li:nth-child(1) button');
    assert.ok((await page.textContent('#explanation h3')).startsWith(expected.findings[0].code));
  });

  it('checks pasted text as `pasal check` checks the file', async () => {
    const fixture = 'tests/fixtures/errors/resolve_unresolved_reference.pasal';
    const expected = nativeJson('check', '--format', 'json', fixture);
    assert.ok(expected.findings.some((f) => f.code === 'PSL102'));
    await page.click('#paste-box summary');
    await page.fill('#paste', await readFile(path.join(root, fixture), 'utf8'));
    await page.selectOption('#paste-kind', 'tempel.pasal');
    await page.evaluate(() => { document.querySelector('#status').textContent = ''; });
    await page.click('#paste-check');
    await page.waitForFunction(() => document.querySelector('#status').textContent !== '');
    const codes = await page.$$eval('#findings-list li', (l) => l.map((x) => x.dataset.code));
    assert.deepEqual(codes, expected.findings.map((f) => f.code));
    await page.click('#paste-box summary');
  });

  it('reads a text draft as `pasal check` does', async () => {
    const draft = 'tests/fixtures/import/kabupaten-sukamaju-draft.txt';
    const expected = nativeJson('check', '--format', 'json', draft);
    assert.ok(expected.findings.length > 0);
    const shown = await open(draft);
    assert.deepEqual(shown.map((f) => f.code), expected.findings.map((f) => f.code));
    expected.findings.forEach((f, i) => assert.ok(shown[i].text.includes(`line ${f.line}`), shown[i].text));
    assert.match(await page.textContent('#elsewhere'), /imported into a policy in memory/);
    assert.ok((await page.$$('#document section.pasal')).length > 0, 'the draft is rendered');
    await page.screenshot({ path: path.join(out, 'draft.png') });
  });

  it('reads a Word draft as `pasal check` does', async () => {
    const text = await readFile(path.join(root, 'tests/fixtures/import/kabupaten-sukamaju-draft.txt'), 'utf8');
    const file = path.join(out, 'sukamaju.docx');
    await writeFile(file, docx(text));
    const expected = nativeJson('check', '--format', 'json', file);
    assert.ok(expected.findings.length > 0, 'the Word draft has findings');
    const shown = await open(path.relative(root, file));
    assert.deepEqual(shown.map((f) => f.code), expected.findings.map((f) => f.code));
    expected.findings.forEach((f, i) => assert.ok(shown[i].text.includes(f.message), shown[i].text));
    assert.ok((await page.$$('#document section.pasal')).length > 0, 'the draft is rendered');
  });

  it('judges a case as `pasal verify` does', async () => {
    const seed = 'policies/kota-pagar-alam-2021-25.pasal';
    const caseFile = 'examples/pagar-alam-kepala-dinas.json';
    const expected = nativeJson('verify', '--format', 'json', seed, caseFile);
    await open(seed);
    await page.click('[data-tab="verify"]');
    await page.setInputFiles('#case-file', path.join(root, caseFile));
    await page.waitForSelector('#verdicts .verdict');
    const statuses = await page.$$eval('#verdicts .verdict', (v) => v.map((x) => x.dataset.status));
    assert.equal(statuses.length, expected.verdicts.length);
    for (const s of ['violated', 'unknown', 'satisfied']) {
      assert.equal(statuses.filter((x) => x === s).length, expected.summary[s], s);
    }
    assert.ok(expected.summary.violated > 0, 'the example case breaks a rule');
    await page.screenshot({ path: path.join(out, 'verify.png') });
    // A malformed case is refused with the field's line, not a crash.
    await page.fill('#case', '{"vacancy": 1,}');
    await page.click('#verify-run');
    await page.waitForSelector('#verdicts ul.errors li');
    assert.match(await page.textContent('#verdicts'), /case:1:/);
    await page.click('[data-tab="document"]');
  });

  it('speaks Indonesian as `pasal --lang id` does', async () => {
    const seed = 'policies/kota-tarakan-2023-8.pasal';
    const expected = nativeJson('--lang', 'id', 'check', '--format', 'json', seed);
    await open(seed);
    await page.selectOption('#lang', 'id');
    await page.waitForFunction(() => document.documentElement.lang === 'id');
    assert.match(await page.textContent('#privacy'), /Tidak ada yang keluar dari peramban Anda/);
    const shown = await page.$$eval('#findings-list li', (l) => l.map((x) => x.textContent));
    expected.findings.forEach((f, i) => assert.ok(shown[i].includes(f.message), `${shown[i]} lacks ${f.message}`));
    await page.selectOption('#lang', 'en');
  });

  it('makes no request but for its own files, and none after loading', () => {
    for (const url of requests) {
      const u = new URL(url);
      assert.equal(u.origin, base, url);
      assert.ok(OWN_FILES.includes(u.pathname), url);
    }
    assert.equal(requests.length, requestsAtLoad, requests.slice(requestsAtLoad).join(', '));
  });
});
