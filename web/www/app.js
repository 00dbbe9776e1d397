// The page: reads a file in memory, asks the compiler (WebAssembly, pkg/)
// for findings, the rendered peraturan, the rules and verdicts, and builds
// the DOM from the JSON it returns. No request leaves the page after load.
import init, * as pasal from './pkg/pasal_web.js';

const $ = (sel) => document.querySelector(sel);
const state = { lang: 'en', text: {}, name: null, bytes: null, findings: [] };

/** An element with attributes and children (strings become text nodes). */
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('data-')) e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return e;
}

/** A page text by key, `{name}` filled from `values`. */
function t(key, values = {}) {
  const s = state.text[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ''));
}

function setLanguage(lang) {
  state.lang = lang;
  state.text = JSON.parse(pasal.ui_text(lang));
  document.documentElement.lang = lang;
  document.title = t('title');
  for (const e of document.querySelectorAll('[data-t]')) e.textContent = t(e.dataset.t);
  showCodes();
  if (state.bytes) openBytes(state.name, state.bytes);
  else $('#status').textContent = '';
}

function status(text) {
  $('#status').textContent = text;
}

/** Reads the file, the findings, the rendering and the rules. */
function openBytes(name, bytes) {
  state.name = name;
  state.bytes = bytes;
  const report = JSON.parse(pasal.check(name, bytes, state.lang));
  const page = JSON.parse(pasal.render_html(name, bytes, state.lang));
  state.findings = report.findings;
  const s = report.summary;
  const parts = [`${t('file')}: ${name}`];
  if (page.title) parts.push(page.title);
  parts.push(t('summary', s));
  status(parts.join(' — '));
  showFindings(report.findings);
  showDocument(page);
  showRules(JSON.parse(pasal.rules(name, bytes, state.lang)));
  $('#verdicts').replaceChildren();
  $('#explanation').hidden = true;
}

function findingLabel(f) {
  const where = [f.clause, `${t('line')} ${f.line}`].filter(Boolean).join(', ');
  return [el('span', { class: 'code' }, f.code), ' ', el('span', { class: 'where' }, where), ' ', f.message];
}

function showFindings(findings) {
  const list = $('#findings-list');
  list.replaceChildren();
  $('#summary').textContent = findings.length ? t('click_hint') : t('no_findings');
  findings.forEach((f, i) => {
    const cls = `sev-${f.severity}` + (f.acknowledged ? ' acknowledged' : '');
    const button = el('button', { type: 'button', class: `finding ${cls}`, 'data-finding': i }, findingLabel(f));
    list.append(el('li', { 'data-code': f.code, 'data-index': i }, button));
  });
}

function showDocument(page) {
  const doc = $('#document');
  // The fragment is the compiler's rendering: every text of the law is
  // escaped there (render::html), and each finding is a button.
  doc.innerHTML = page.html;
  const elsewhere = $('#elsewhere');
  elsewhere.replaceChildren();
  const rest = page.unplaced.map((i) => [i, state.findings[i]]).filter(([, f]) => f);
  const notes = [];
  if (page.draft) notes.push(el('p', { class: 'note' }, t('draft_note')));
  if (!page.usable) notes.push(el('p', { class: 'note bad' }, t('unusable')));
  if (rest.length) {
    notes.push(el('h3', {}, t('elsewhere')));
    notes.push(el('div', { class: 'findings-here' }, rest.map(([i, f]) =>
      el('button', { type: 'button', class: `finding sev-${f.severity}${f.acknowledged ? ' acknowledged' : ''}`, 'data-finding': i },
        findingLabel(f)))));
  }
  elsewhere.append(...notes);
}

/** Shows a finding's explanation and marks it in the text and the list. */
function selectFinding(i, fromList) {
  const f = state.findings[i];
  if (!f) return;
  for (const e of document.querySelectorAll('.finding.selected')) e.classList.remove('selected');
  for (const e of document.querySelectorAll(`.finding[data-finding="${i}"]`)) e.classList.add('selected');
  const x = JSON.parse(pasal.explain(f.code, state.lang));
  const box = $('#explanation');
  const pre = (s) => el('pre', {}, s);
  box.replaceChildren(
    el('button', { type: 'button', class: 'close', 'data-t': 'close' }, t('close')),
    el('h3', {}, `${f.code} ${x.name ?? ''}`),
    el('p', { class: 'meta' }, `${t(f.severity)}` + (f.acknowledged ? ` (${t('acknowledged')})` : '') +
      ` — ${x.family ?? ''}, ${t('default_severity')}: ${t(x.severity ?? '')}`),
    el('p', { class: 'message' }, f.message),
    f.clause ? el('p', {}, `${t('clause')}: ${f.clause}, ${t('line')} ${f.line}`) : null,
    f.help ? el('p', {}, el('strong', {}, `${t('help')}: `), f.help) : null,
    f.acknowledged ? el('p', { class: 'ack' }, el('strong', {}, `${t('acknowledged')}: `), f.acknowledged) : null,
    el('h4', {}, t('explain_what')),
    el('div', { class: 'explain-text' }, x.explain ?? (x.error ?? []).join(' ')),
    x.bad ? el('h4', {}, t('explain_bad')) : null, x.bad ? pre(x.bad) : null,
    x.good ? el('h4', {}, t('explain_good')) : null, x.good ? pre(x.good) : null,
    x.other ? el('details', {}, el('summary', {}, t('explain_other')), el('div', {}, x.other)) : null,
  );
  box.hidden = false;
  box.querySelector('.close').addEventListener('click', () => { box.hidden = true; });
  const inText = document.querySelector(`#document .finding[data-finding="${i}"], #elsewhere .finding[data-finding="${i}"]`);
  if (inText && fromList) {
    showTab('document');
    inText.scrollIntoView({ block: 'center' });
  }
}

function showRules(doc) {
  const out = $('#rules');
  if (doc.error) {
    out.replaceChildren(el('p', { class: 'note bad' }, doc.error.join(' ')));
    return;
  }
  const scope = (s) => `${s.levels.join(', ')} / ${s.mechanisms.join(', ')}`;
  const rows = doc.rules.map((r) => el('tr', {},
    el('td', {}, r.clause), el('td', {}, r.category), el('td', {}, scope(r.scope)), el('td', {}, r.message)));
  out.replaceChildren(
    el('p', {}, `${doc.policy} — ${t('rule_count', { n: doc.rules.length })}`),
    el('table', { class: 'rules' },
      el('thead', {}, el('tr', {}, ['clause', 'category', 'scope', 'summary_col'].map((k) => el('th', {}, t(k))))),
      el('tbody', {}, rows)));
}

function showCodes() {
  const rows = JSON.parse(pasal.codes()).map((c) => el('tr', {},
    el('td', {}, el('button', { type: 'button', class: 'link', 'data-code': c.code }, c.code)),
    el('td', {}, c.name), el('td', {}, c.family), el('td', {}, t(c.severity))));
  $('#codes').replaceChildren(el('table', { class: 'codes' },
    el('thead', {}, el('tr', {}, ['code', 'name', 'family', 'severity'].map((k) => el('th', {}, t(k))))),
    el('tbody', {}, rows)));
}

/** The explanation of a code from the codes table (no finding). */
function showCode(code) {
  const x = JSON.parse(pasal.explain(code, state.lang));
  const box = $('#explanation');
  box.replaceChildren(
    el('button', { type: 'button', class: 'close' }, t('close')),
    el('h3', {}, `${x.code} ${x.name}`),
    el('p', { class: 'meta' }, `${x.family}, ${t('default_severity')}: ${t(x.severity)}`),
    el('h4', {}, t('explain_what')), el('div', { class: 'explain-text' }, x.explain),
    el('h4', {}, t('explain_bad')), el('pre', {}, x.bad),
    el('h4', {}, t('explain_good')), el('pre', {}, x.good),
    el('details', {}, el('summary', {}, t('explain_other')), el('div', {}, x.other)));
  box.hidden = false;
  box.querySelector('.close').addEventListener('click', () => { box.hidden = true; });
}

function runVerify() {
  const out = $('#verdicts');
  if (!state.bytes) {
    out.replaceChildren(el('p', { class: 'note bad' }, t('no_policy')));
    return;
  }
  const doc = JSON.parse(pasal.verify(state.name, state.bytes, $('#case').value, state.lang));
  if (doc.error) {
    out.replaceChildren(el('p', { class: 'note bad' }, t('case_refused')),
      el('ul', { class: 'errors' }, doc.error.map((e) => el('li', {}, e))));
    return;
  }
  const order = { violated: 0, unknown: 1, satisfied: 2 };
  const verdicts = [...doc.verdicts].sort((a, b) => order[a.status] - order[b.status]);
  out.replaceChildren(
    el('p', { class: 'summary' }, t('verdict_counts', doc.summary)),
    el('ol', { class: 'verdicts' }, verdicts.map((v) => el('li', { class: `verdict ${v.status}`, 'data-status': v.status },
      el('span', { class: 'status' }, t(v.status)), ' ',
      el('strong', {}, v.clause), v.candidate ? ` [${t('candidate')} ${v.candidate}]` : '', ': ', v.message,
      el('div', { class: 'explanation-line' }, v.explanation),
      v.facts.length ? el('div', { class: 'facts' }, `${t('facts')}: ${v.facts.join('; ')}`) : null))));
}

function readFile(input, then) {
  const file = input.files && input.files[0];
  if (!file) return;
  file.arrayBuffer().then((buf) => then(file.name, new Uint8Array(buf)));
}

function showTab(name) {
  for (const x of document.querySelectorAll('[data-tab], .tab')) x.classList.remove('active');
  $(`[data-tab="${name}"]`).classList.add('active');
  $(`#tab-${name}`).classList.add('active');
}

function wire() {
  $('#lang').addEventListener('change', (e) => setLanguage(e.target.value));
  $('#file').addEventListener('change', (e) => readFile(e.target, openBytes));
  $('#paste-check').addEventListener('click', () => {
    const bytes = new TextEncoder().encode($('#paste').value);
    openBytes($('#paste-kind').value, bytes);
  });
  $('#case-file').addEventListener('change', (e) =>
    readFile(e.target, (name, bytes) => {
      $('#case').value = new TextDecoder().decode(bytes);
      runVerify();
    }));
  $('#verify-run').addEventListener('click', runVerify);
  document.addEventListener('click', (e) => {
    const f = e.target.closest('.finding[data-finding]');
    if (f) return selectFinding(Number(f.dataset.finding), Boolean(f.closest('#findings-list')));
    const c = e.target.closest('button[data-code]');
    if (c) return showCode(c.dataset.code);
    const tab = e.target.closest('[data-tab]');
    if (tab) showTab(tab.dataset.tab);
  });
}

async function main() {
  try {
    await init();
  } catch (err) {
    status(`Could not load the compiler / Kompilator tidak dapat dimuat: ${err}`);
    return;
  }
  wire();
  const preferred = (navigator.language || 'en').toLowerCase().startsWith('id') ? 'id' : 'en';
  $('#lang').value = preferred;
  setLanguage(preferred);
  document.body.dataset.ready = 'true';
}

main();
