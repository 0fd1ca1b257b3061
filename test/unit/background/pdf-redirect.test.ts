// The PDF redirect as the background keeps it: the default hosts' rules at start, one rule per site the reader
// added while its permission is held, none while the viewer is switched off.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, SENDERS, type FakeBrowser } from './fake-browser';

const state = vi.hoisted(() => ({ fake: undefined as unknown as FakeBrowser }));
vi.mock('../../../src/shared/browser', () => ({ default: new Proxy({}, { get: (_, key) => (state.fake.browser as Record<string | symbol, unknown>)[key] }) }));
vi.mock('../../../src/background/database', () => ({ database: async () => { throw new Error('no database in these tests'); } }));

const ORIGIN = 'https://example.org';
const OTHER = 'https://probation-partners.example.net';

interface Rule { id: number; action: { type: string; redirect?: { regexSubstitution: string } }; condition: { regexFilter: string } }
const rules = (fake: FakeBrowser): Rule[] => [...fake.rules.values()] as Rule[];
/** The address patterns of the redirect rules, by id. */
const redirects = (fake: FakeBrowser): Array<[number, string]> => rules(fake).filter((r) => r.action.type === 'redirect').map((r) => [r.id, r.condition.regexFilter]);
const settled = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setImmediate(r));
};

let fake: FakeBrowser;
async function startBackground(granted: string[] = []): Promise<void> {
  state.fake = fakeBrowser();
  for (const o of granted) state.fake.granted.add(`${o}/*`);
  vi.resetModules();
  await import('../../../src/background/index');
  fake = state.fake;
  await settled(() => fake.rules.size > 0);
}

describe('the PDF redirect for added sites', () => {
  beforeEach(() => startBackground());

  it('registers the default hosts’ rules at start, and a site’s rule once the reader adds it', async () => {
    expect(redirects(fake).map(([id]) => id)).toEqual([1101, 1102]);
    fake.granted.add(`${ORIGIN}/*`);
    expect(await fake.call('enableAddedSite', { origin: ORIGIN }, SENDERS.popup)).toEqual({ ok: { origin: ORIGIN } });
    expect(redirects(fake).slice(2)).toEqual([[1200, String.raw`^https://example\.org/[^?#]*\.pdf(?:[?#].*)?$`]]);
    // To the viewer, at this extension's own address; the allow rule for the original stays above it.
    expect(rules(fake).find((r) => r.id === 1200)?.action.redirect?.regexSubstitution).toBe('chrome-extension://probation-lens/pdf/viewer.html?file=\\0');
    expect(rules(fake).some((r) => r.id === 1100 && r.action.type === 'allow')).toBe(true);
  });

  it('takes the site’s rule away when the reader removes the site, and keeps the others', async () => {
    fake.granted.add(`${ORIGIN}/*`).add(`${OTHER}/*`);
    await fake.call('enableAddedSite', { origin: ORIGIN }, SENDERS.popup);
    await fake.call('enableAddedSite', { origin: OTHER }, SENDERS.popup);
    expect(redirects(fake).slice(2).map(([, p]) => p.slice(0, 30))).toEqual([String.raw`^https://example\.org/[^?#]*\.`, String.raw`^https://probation-partners\.e`]);
    await fake.call('removeAddedSite', { origin: ORIGIN }, SENDERS.options);
    expect(redirects(fake).map(([, p]) => p).filter((p) => p.includes('example'))).toEqual([String.raw`^https://probation-partners\.example\.net/[^?#]*\.pdf(?:[?#].*)?$`]);
  });

  it('follows a permission withdrawn in the browser’s own settings', async () => {
    fake.granted.add(`${ORIGIN}/*`);
    fake.browser.permissions.onAdded.fire({ origins: [`${ORIGIN}/*`] });
    await settled(() => redirects(fake).length === 3);
    expect(redirects(fake)).toHaveLength(3);
    fake.granted.delete(`${ORIGIN}/*`);
    fake.browser.permissions.onRemoved.fire({ origins: [`${ORIGIN}/*`] });
    await settled(() => redirects(fake).length === 2);
    expect(redirects(fake).map(([id]) => id)).toEqual([1101, 1102]);
  });

  it('has no rule at all while the viewer is switched off, and the added sites’ rules again when it is on', async () => {
    fake.granted.add(`${ORIGIN}/*`);
    await fake.call('enableAddedSite', { origin: ORIGIN }, SENDERS.popup);
    await fake.call('setPdfViewer', { on: false }, SENDERS.options);
    expect(rules(fake)).toEqual([]);
    // Adding a site while the viewer is off adds no rule either.
    fake.granted.add(`${OTHER}/*`);
    await fake.call('enableAddedSite', { origin: OTHER }, SENDERS.popup);
    expect(rules(fake)).toEqual([]);
    await fake.call('setPdfViewer', { on: true }, SENDERS.options);
    expect(redirects(fake).map(([id]) => id)).toEqual([1101, 1102, 1200, 1201]);
  });
});

describe('at a browser start', () => {
  it('registers the rules of the sites granted before', async () => {
    await startBackground([ORIGIN]);
    await settled(() => redirects(fake).length === 3);
    expect(redirects(fake).map(([id]) => id)).toEqual([1101, 1102, 1200]);
  });
});
