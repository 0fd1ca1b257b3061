// @vitest-environment jsdom
// The popup files and finds a page's notes where the page's content script does: one identity, one rule.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser, type FakeBrowser } from '../background/fake-browser';

const state = vi.hoisted(() => ({ fake: undefined as unknown as FakeBrowser }));
vi.mock('../../../src/shared/browser', () => ({ default: new Proxy({}, { get: (_, key) => (state.fake.browser as Record<string | symbol, unknown>)[key] }) }));

const { targetTab } = await import('../../../src/popup/target');
const ID = '5f1c2a0e-7631-11e4-a3cb-005056011aef';

beforeEach(() => {
  state.fake = fakeBrowser();
  history.replaceState(null, '', '/popup.html?tab=3');
});

describe('the popup’s page identity', () => {
  it('is the one the page’s content script gives: its canonical address and GOV.UK content id', async () => {
    state.fake.tabs.push({ id: 3, url: 'https://www.gov.uk/guidance/x?utm_source=mail', answer: () => ({ source: 'https://www.gov.uk/guidance/x-renamed', contentId: ID }) });
    expect(await targetTab()).toMatchObject({ id: 3, source: 'https://www.gov.uk/guidance/x-renamed', identity: { source: 'https://www.gov.uk/guidance/x-renamed', contentId: ID } });
  });

  it('is the address alone where no content script answers', async () => {
    state.fake.tabs.push({ id: 3, url: 'https://example.org/notes?page=2#top' });
    expect(await targetTab()).toMatchObject({ source: 'https://example.org/notes', identity: { source: 'https://example.org/notes' } });
  });

  it('refuses an answer that files the page on another origin', async () => {
    state.fake.tabs.push({ id: 3, url: 'https://www.justice.gov.uk/a', answer: () => ({ source: 'https://www.gov.uk/guidance/other', contentId: ID }) });
    expect((await targetTab())?.identity).toEqual({ source: 'https://www.justice.gov.uk/a' });
  });

  it('has none for a browser page', async () => {
    state.fake.tabs.push({ id: 3, url: 'chrome://extensions/' });
    expect((await targetTab())?.identity).toBeUndefined();
  });
});

describe('the popup’s page identity on a PDF in our viewer', () => {
  const PDF = 'https://assets.publishing.service.gov.uk/media/5f1e2d3c4b5a69788796a5b4/Policy.pdf';

  it('is the document the viewer shows, on the document’s own site', async () => {
    state.fake.tabs.push({ id: 3, url: `chrome-extension://probation-lens/pdf/viewer.html?file=${PDF}?probation-lens-original#page=4` });
    expect(await targetTab()).toMatchObject({
      id: 3, host: 'assets.publishing.service.gov.uk', origin: 'https://assets.publishing.service.gov.uk',
      source: PDF, identity: { source: PDF }, pdf: { url: `${PDF}?probation-lens-original` },
    });
  });

  it('takes the file’s fingerprint from the viewer, for the document it shows only', async () => {
    const FP = '0123456789abcdef0123456789abcdef';
    state.fake.tabs.push({ id: 3, url: `chrome-extension://probation-lens/pdf/viewer.html?file=${PDF}`, answer: () => ({ source: PDF, fingerprint: FP }) });
    expect((await targetTab())?.identity).toEqual({ source: PDF, fingerprint: FP });
    state.fake.tabs[0] = { id: 3, url: `chrome-extension://probation-lens/pdf/viewer.html?file=${PDF}`, answer: () => ({ source: 'https://www.justice.gov.uk/other.pdf', fingerprint: FP }) };
    expect((await targetTab())?.identity).toEqual({ source: PDF });
  });

  it('has none for the viewer with a local file, or another extension’s viewer', async () => {
    state.fake.tabs.push({ id: 3, url: 'chrome-extension://probation-lens/pdf/viewer.html' });
    expect((await targetTab())?.identity).toBeUndefined();
    state.fake.tabs[0] = { id: 3, url: `chrome-extension://someone-else/pdf/viewer.html?file=${PDF}` };
    expect((await targetTab())?.pdf).toBeUndefined();
  });
});
