// GOV.UK-style policy documents of a chosen size, from our own text, with a realistic mix of the
// built-in glossary: many different forms, a few frequent ones, endings (SFOs, PSO's), abbr
// elements, links, definitions in running text, lists, tables and footnotes, about one term in 15 words.

// Sentences with one slot: {A} an abbreviation, {P} a phrase. "offender" is itself a (phrase) term.
const WITH_TERM = [
  'The {A} confirmed that the case was reviewed within the agreed timescale and recorded on the case file.',
  'Where {A} applies, the practitioner should record the decision and the reasons for it.',
  'Staff in the {A} check that the plan reflects current risk and the person’s circumstances.',
  'A referral to {P} is considered at the first review, and again whenever circumstances change.',
  'The {A} lead agreed the actions, which were shared with partners at the next meeting.',
  'Information from {A} should be checked before any recommendation is made to the court.',
  'Managers make sure that each {A} has enough time to prepare and that cover is arranged during leave.',
  'The guidance on {P} sets out what is expected and when the work should be reviewed.',
  'If the {A} is not available, a duty officer takes the decision and records it on the same day.',
  'Every offender managed under {A} should have a named contact and a clear way to raise concerns.',
  'The inspection found that {P} was understood by most staff but applied unevenly across teams.',
  'Records held by {A} were incomplete in a small number of the cases we looked at.',
  'Before the hearing, the author reads what {A} holds and speaks to the person about the proposal.',
  'Practitioners told us that the {A} process is clear, although the forms take too long to complete.',
  'Where the {A} and the police disagree, the matter is escalated to a senior manager within five working days.',
  'The {A} and the {A} agreed a joint plan, reviewed every three months.',
  'Cases under {P} are discussed with the {A} before any change to the plan.',
];
const PLAIN = [
  'Practitioners record the outcome of each contact and explain decisions in plain language.',
  'Expectations should be clear, fair and written down.',
  'The plan is reviewed at set points and whenever something important changes.',
  'Partners are told what has been agreed, who will do what and by when.',
  'Good records show what was known, what was done and why.',
  'Supervision should be consistent, so that the same standard applies wherever a person lives.',
  'Managers use the findings to plan training and to share what works.',
  'Where a decision is finely balanced, a second opinion is sought and recorded.',
  'Data protection rules under GDPR still apply, and a request under FOI is answered by the central team.',
];
const TITLES = ['Roles and responsibilities', 'Assessment and planning', 'Working with partners', 'Recording and review',
  'Quality and oversight', 'Enforcement and recall', 'Sharing information', 'Training and support'];

/** A small seeded generator, so every run gets the same documents. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Picks forms with Zipf-like weights over a shuffled list: a few common, every one present on big pages. */
function picker(list, rnd) {
  const shuffled = [...list].sort(() => rnd() - 0.5);
  const cumulative = [];
  let total = 0;
  shuffled.forEach((_, i) => cumulative.push((total += 1 / (i + 1))));
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cumulative[mid] < x) lo = mid + 1; else hi = mid; }
    return shuffled[lo];
  };
}

/** Writes sentences and blocks from the glossary's forms. */
export function createWriter(glossary, seed = 1) {
  const rnd = random(seed);
  const abbreviation = picker(glossary.forms.filter((f) => !f.phrase), rnd);
  const phrase = picker(glossary.forms.filter((f) => f.phrase && f.text !== 'offender'), rnd);
  const pick = (list) => list[Math.floor(rnd() * list.length)];

  const dress = (form) => {
    let text = escapeHtml(form.text);
    if (/[A-Z]$/.test(form.text) && rnd() < 0.1) text += pick(['s', "'s", '’s']);
    const r = rnd();
    if (r < 0.08 && form.expansion) return `<abbr title="${escapeHtml(form.expansion)}">${text}</abbr>`;
    if (r < 0.13) return `<a href="/guidance/${encodeURIComponent(form.text.toLowerCase())}">${text}</a>`;
    if (r < 0.16) return `<strong>${text}</strong>`;
    return text;
  };

  const sentence = () => {
    const r = rnd();
    if (r < 0.18) return pick(PLAIN);
    if (r < 0.185) return `The ${pick(glossary.phraseFalseFriends)} team was consulted.`;
    if (r < 0.22) {
      const f = abbreviation();
      return f.expansion ? `The ${escapeHtml(f.expansion)} (${escapeHtml(f.text)}) is explained in annex A.` : pick(PLAIN);
    }
    return pick(WITH_TERM).replaceAll('{A}', () => dress(abbreviation())).replaceAll('{P}', () => dress(phrase()));
  };
  const sentences = (n) => Array.from({ length: n }, sentence).join(' ');

  return {
    paragraph: () => `<p>${sentences(3 + Math.floor(rnd() * 4))}</p>\n`,
    list: () => `<ul>\n${Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => `<li>${sentence()}</li>`).join('\n')}\n</ul>\n`,
    table: () => {
      const row = () => `<tr><td>${dress(abbreviation())}</td><td>${sentence()}</td><td>${1 + Math.floor(rnd() * 90)}%</td></tr>`;
      return `<table class="govuk-table"><thead><tr><th>Area</th><th>Finding</th><th>Cases</th></tr></thead>\n` +
        `<tbody>${Array.from({ length: 4 }, row).join('\n')}</tbody></table>\n`;
    },
    callout: () => `<div class="call-to-action"><p>${sentences(2)}</p></div>\n`,
    heading: (n, level = 2) => `<h${level} id="section-${n}">${n}. ${pick(TITLES)} and ${dress(abbreviation())}</h${level}>\n`,
    random: rnd,
  };
}

const STYLE = `<style>body{margin:0;font:19px/1.32 arial,sans-serif;color:#0b0c0c}.govuk-width-container{max-width:960px;margin:0 auto}
.govuk-header{background:#0b0c0c;color:#fff;padding:10px}.govuk-footer{background:#f3f2f1;padding:20px}
.govspeak h2{font-size:27px;margin:45px 0 20px}.govspeak p,.govspeak li{max-width:38em}
.govuk-table{border-collapse:collapse}.govuk-table td,.govuk-table th{border-bottom:1px solid #b1b4b6;padding:10px}
.call-to-action{border-left:10px solid #b1b4b6;padding-left:15px}</style>`;

/** A GOV.UK policy page of at least `bytes` of HTML (UTF-8). */
export function policyDocument(glossary, bytes, { title = 'Managing cases in the community: practice guidance', seed = 1 } = {}) {
  const w = createWriter(glossary, seed);
  const parts = [];
  const footnotes = [];
  let size = 0;
  for (let section = 1; size < bytes; section++) {
    const blocks = [w.heading(section)];
    for (let i = 0; i < 6; i++) {
      const r = w.random();
      if (r < 0.12) blocks.push(w.list());
      else if (r < 0.17) blocks.push(w.table());
      else if (r < 0.22) blocks.push(w.callout());
      else if (r < 0.3) blocks.push(w.heading(`${section}.${i + 1}`, 3));
      else blocks.push(w.paragraph());
    }
    if (section % 3 === 0) {
      const n = footnotes.length + 1;
      blocks.push(`<p>See the annex for the evidence.<sup id="fnref:${n}"><a href="#fn:${n}" class="govuk-link">[footnote ${n}]</a></sup></p>\n`);
      footnotes.push(`<li id="fn:${n}"><p>${w.paragraph().slice(3, -5)}</p></li>`);
      size += Buffer.byteLength(footnotes[n - 1]);
    }
    const html = blocks.join('');
    parts.push(html);
    size += Buffer.byteLength(html);
  }
  return `<!doctype html><html lang="en" class="govuk-template"><head><meta charset="utf-8"><title>${title} - GOV.UK</title>${STYLE}</head>` +
    '<body class="govuk-template__body"><a href="#main-content" class="govuk-skip-link">Skip to main content</a>' +
    '<header class="govuk-header" role="banner">GOV.UK</header><div class="govuk-width-container">' +
    '<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/crime-justice-and-law">Crime, justice and law</a></li></ol></nav>' +
    `<main class="govuk-main-wrapper" id="main-content" role="main"><h1 class="govuk-heading-l">${title}</h1>` +
    '<p class="gem-c-metadata">From: His Majesty’s Prison and Probation Service. Published 3 March 2025.</p>' +
    `<div class="gem-c-govspeak govuk-govspeak"><div class="govspeak">\n${parts.join('')}` +
    `<div class="footnotes"><ol>\n${footnotes.join('\n')}\n</ol></div></div></div></main></div>` +
    '<footer class="govuk-footer" role="contentinfo">© Crown copyright</footer></body></html>';
}

/** `n` more paragraphs for the same page, for the incremental measurements. */
export function extraParagraphs(glossary, n, seed = 7) {
  const w = createWriter(glossary, seed);
  return Array.from({ length: n }, () => w.paragraph()).join('');
}

/** Words, glossary-form matches and distinct forms (roughly: endings dropped) in a document's main text, counted in Node. */
export function documentStats(html, pattern) {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const text = main.replace(/<[^>]*>/g, ' ').replace(/&[a-z]+;/g, ' ');
  const words = text.split(/\s+/).filter(Boolean).length;
  const found = text.match(new RegExp(pattern, 'gu')) ?? [];
  const distinct = new Set(found.map((t) => t.replace(/(?:s['’]|['’]s|s)$/, ''))).size;
  return { bytes: Buffer.byteLength(html), words, terms: found.length, wordsPerTerm: Math.round((words / found.length) * 10) / 10, distinctForms: distinct };
}
