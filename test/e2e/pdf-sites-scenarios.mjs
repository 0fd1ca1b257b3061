// PDFs on sites the reader added, and the content security policy that lets the viewer fetch them and nothing
// else. The manifest's connect-src allows any https host; every extension page narrows itself back: the viewer
// to its document's origin (a meta policy it inserts before fetching), the others to their own files (in their
// HTML). These tests show that the browser enforces both, and that only a granted site's PDFs are redirected.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OUTSIDE_URL } from './support/fixtures.mjs';
import { PDF_URLS, preparePdfs } from './support/pdf-fixtures.mjs';
import { addPdfLink, clickOn, navigate, viewerAddress } from './support/pdf-viewer.mjs';
import { waitFor } from './support/wait.mjs';
import { viewerState } from './pdf-scenarios.mjs';

const ORIGIN = 'https://example.org';

/**
 * In a page: fetches `url` and records what happened, and every content security policy violation the page
 * reports, in `globalThis.connectProbe` (read by `probeOutcome`).
 */
const tryFetch = (url) => {
  const probe = globalThis.connectProbe ??= { violations: [], outcomes: {} };
  if (!probe.listening) {
    document.addEventListener('securitypolicyviolation', (e) => probe.violations.push({ blocked: e.blockedURI, directive: e.effectiveDirective, policy: e.originalPolicy }));
    probe.listening = true;
  }
  fetch(url, { credentials: 'omit' }).then((r) => { probe.outcomes[url] = `status ${r.status}`; }, (e) => { probe.outcomes[url] = e.name; });
};

/** Fetches `url` in the page and waits until the fetch settled, and, when `refused`, for the page's violation report. */
async function fetchIn(page, url, { refused }) {
  await page.evaluate(tryFetch, url);
  return waitFor(`the fetch of ${url} to settle${refused ? ' with a violation' : ''}`, () => page.evaluate((u) => {
    const probe = globalThis.connectProbe;
    const outcome = probe.outcomes[u];
    const violation = probe.violations.find((v) => v.blocked === u || u.startsWith(v.blocked));
    return outcome === undefined ? null : { outcome, violation: violation ?? null };
  }, url).then((r) => (r !== null && (!refused || r.violation !== null) ? r : null)), { timeout: 20_000 });
}

/** The redirect rules that send an added site's PDFs to the viewer. */
const siteRules = (s) => s.inExtension(async (origin) => {
  const rules = await (globalThis.browser ?? globalThis.chrome).declarativeNetRequest.getDynamicRules();
  return rules.filter((r) => r.action.type === 'redirect' && r.condition.regexFilter.startsWith(`^${origin.replace(/\./g, '\\.')}/`)).map((r) => r.id);
}, ORIGIN);

const probe = ([name, args]) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ probationLens: name, args });

/**
 * Registers the suite for one browser. `grantSite(s, origin)` grants a site as the reader allowing it would:
 * in Firefox in a click with its prompts off (the background hears permissions.onAdded), in Chromium across a
 * restart (the background finds the grant at start); both paths end in the same rules.
 */
export function pdfSitesSuite(name, launch, { grantSite } = {}) {
  describe(`${name}: pdf on added sites`, { timeout: 300_000 }, () => {
    let s;
    let viewerPrefix;
    const state = () => s.evaluate(viewerState);
    /** Waits until the test tab shows the viewer with a document or a message that `ready` accepts. */
    const inViewer = (what, ready) => waitFor(what, async () => {
      const v = await state().catch(() => null);
      return v !== null && v.url.startsWith(viewerPrefix) && ready(v) ? v : null;
    }, { timeout: 30_000 });
    const shown = (v) => v.pages > 0 && v.text.length > 0;

    before(async () => {
      await preparePdfs();
      s = await launch();
      viewerPrefix = await viewerAddress(s);
    });
    after(async () => {
      await s?.close();
    });

    it('sites: the viewer connects to its document’s origin only, though the manifest allows any https host', async () => {
      await navigate(s, PDF_URLS.policy);
      await inViewer('the policy in the viewer', shown);
      const before = s.requests.length;
      // The document's own address: allowed (the probe can tell a fetch that went through).
      assert.deepEqual(await fetchIn(s, PDF_URLS.policy, { refused: false }), { outcome: 'status 200', violation: null });
      // Another host: refused by the page's policy before any request is made.
      for (const url of ['https://example.org/x', 'https://www.justice.gov.uk/downloads/other.pdf']) {
        const { outcome, violation } = await fetchIn(s, url, { refused: true });
        assert.equal(outcome, 'TypeError', url);
        assert.equal(violation.directive, 'connect-src', url);
        assert.match(violation.policy, /^connect-src 'self' https:\/\/assets\.publishing\.service\.gov\.uk$/);
      }
      assert.deepEqual(s.requests.slice(before).filter((u) => !u.startsWith(PDF_URLS.policy)), [], 'no request left for another host');
    });

    it('sites: the other extension pages connect to their own files only', async () => {
      for (const path of ['options.html', 'popup.html']) {
        const page = await s.openExtensionPage(path);
        try {
          const before = s.requests.length;
          const { outcome, violation } = await fetchIn(page, PDF_URLS.policy, { refused: true });
          assert.equal(outcome, 'TypeError', path);
          assert.equal(violation.directive, 'connect-src', path);
          assert.equal(violation.policy, "connect-src 'self'", path);
          assert.deepEqual(s.requests.slice(before), [], `${path} made no request`);
        } finally {
          await page.close();
        }
      }
    });

    it('sites: the viewer refuses a PDF on a site not added, with a link to the original, and fetches nothing', async () => {
      assert.deepEqual(await siteRules(s), [], 'no redirect for a site not added');
      const before = s.requests.length;
      await navigate(s, `${viewerPrefix}?file=${PDF_URLS.added}`);
      const v = await inViewer('the refusal', (x) => x.failure !== null);
      assert.equal(v.failure, 'refused');
      assert.match(v.message, /only from GOV\.UK, the justice sites and the sites you added/);
      assert.equal(v.original, `${PDF_URLS.added}?probation-lens-original`);
      assert.deepEqual(s.requests.slice(before), [], 'the viewer fetched nothing');
    });

    if (grantSite) {
      it('sites: a granted site’s PDF opens in the viewer with highlights, typed or linked, and no more once removed', async () => {
        await grantSite(s, ORIGIN);
        assert.deepEqual((await s.inExtension(probe, ['enableAddedSite', { origin: ORIGIN }])).ok, { origin: ORIGIN });
        const ids = await waitFor('the added site’s redirect rule', async () => {
          const found = await siteRules(s);
          return found.length > 0 ? found : null;
        });
        assert.equal(ids.length, 1);
        assert.ok(ids[0] >= 1200 && ids[0] < 1300, `id ${ids[0]} in our range for added sites`);

        // Typed.
        await s.front();
        await navigate(s, `${PDF_URLS.added}#page=2`);
        const typed = await inViewer('the added site’s PDF in the viewer', (v) => shown(v) && v.text.includes('Notes and reviews'));
        assert.equal(typed.url.split('#')[0], `${viewerPrefix}?file=${PDF_URLS.added}`);
        assert.equal(typed.message, null);
        await waitFor('page 1 highlighted', () => s.evaluate(() => [...(CSS.highlights.get('probation-jargon') ?? [])].some((r) => r.toString() === 'MAPPA')), { timeout: 20_000 });
        // This viewer connects to the added site alone: GOV.UK's assets host is refused now.
        const { violation } = await fetchIn(s, PDF_URLS.policy, { refused: true });
        assert.equal(violation.policy, `connect-src 'self' ${ORIGIN}`);

        // Linked from a page.
        await s.goto(OUTSIDE_URL);
        await addPdfLink(s, PDF_URLS.added);
        await clickOn(s, '#pdf-link');
        const linked = await inViewer('the linked PDF in the viewer', shown);
        assert.match(linked.text, /Probation Lens test policy/);

        // Removed: its rule goes, and the viewer no longer fetches from it.
        assert.deepEqual((await s.inExtension(probe, ['removeAddedSite', { origin: ORIGIN }])).ok, { origin: ORIGIN });
        await waitFor('the added site’s rule to go', async () => (await siteRules(s)).length === 0);
        await s.front();
        await navigate(s, `${viewerPrefix}?file=${PDF_URLS.added}`);
        const refused = await inViewer('the refusal after removal', (x) => x.failure !== null);
        assert.equal(refused.failure, 'refused');
      });
    }
  });
}
