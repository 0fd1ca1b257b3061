// The background's managed-policy calls: the organisation's terms for pages, its settings (valid parts and what was
// ignored) for the options page, the guard mode it locks, and a policy change told to open tabs.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BASE, fakeBrowser, SENDERS, type FakeBrowser } from './fake-browser';

const state = vi.hoisted(() => ({ fake: undefined as unknown as FakeBrowser }));
vi.mock('../../../src/shared/browser', () => ({ default: new Proxy({}, { get: (_, key) => (state.fake.browser as Record<string | symbol, unknown>)[key] }) }));
vi.mock('../../../src/background/database', () => ({ database: async () => { throw new Error('no database in these tests'); } }));

const QRT = { term: 'QRT', senses: [{ expansion: 'Quality Review Team', category: 'organisation' }] };

let fake: FakeBrowser;
beforeEach(async () => {
  state.fake = fakeBrowser();
  vi.resetModules();
  await import('../../../src/background/index');
  fake = state.fake;
  fake.tabs.push({ id: 1, url: 'https://www.gov.uk/guidance/x', answer: () => null });
});

describe('managed policy calls', () => {
  it('without a policy: no team terms, nothing managed, the guard warns and the reader may change it', async () => {
    expect(await fake.call('teamGlossary', {}, SENDERS.content())).toEqual({ ok: [] });
    expect(await fake.call('managedPolicy', {}, SENDERS.options)).toEqual({ ok: { policy: {}, problems: [] } });
    expect(await fake.call('caseDataGuard', {}, SENDERS.content())).toEqual({ ok: { mode: 'warn', locked: false } });
    expect(await fake.call('setCaseDataGuard', { mode: 'off' }, SENDERS.options)).toEqual({ ok: { mode: 'off', locked: false } });
    expect(await fake.call('caseDataGuard', {}, SENDERS.content())).toEqual({ ok: { mode: 'off', locked: false } });
  });

  it('gives pages the valid team terms only, and the options page what was ignored', async () => {
    fake.managed.set('teamGlossary', [QRT, { term: 'BAD', senses: [] }]);
    expect(await fake.call('teamGlossary', {}, SENDERS.content())).toEqual({ ok: [QRT] });
    const state = await fake.call('managedPolicy', {}, SENDERS.options) as { ok: { problems: Array<{ code: string; item: string }> } };
    expect(state.ok.problems.map((p) => [p.code, p.item])).toEqual([['entry-invalid', 'BAD']]);
  });

  it('refuses the whole policy to a content script, which only gets the terms', async () => {
    expect(await fake.call('managedPolicy', {}, SENDERS.content())).toMatchObject({ code: 'not-allowed' });
  });

  it('locks what the organisation set: the guard mode, and note exports', async () => {
    await fake.call('setCaseDataGuard', { mode: 'off' }, SENDERS.options);
    fake.managed.set('caseDataGuard', 'block');
    fake.managed.set('notesExport', false);
    expect(await fake.call('caseDataGuard', {}, SENDERS.content())).toEqual({ ok: { mode: 'block', locked: true } });
    expect(await fake.call('setCaseDataGuard', { mode: 'warn' }, SENDERS.options)).toMatchObject({ code: 'set-by-organisation' });
    expect(await fake.call('exportData', { format: 'csv' }, SENDERS.options)).toMatchObject({ code: 'set-by-organisation' });
  });

  it('tells open tabs when the managed policy changes, and not for other storage', async () => {
    fake.browser.storage.onChanged.fire({ disabledSites: {} }, 'local');
    fake.browser.storage.onChanged.fire({ teamGlossary: { newValue: [QRT] } }, 'managed');
    await vi.waitFor(() => expect(fake.told.map((m) => m.name)).toEqual(['glossaryChanged']));
  });
});

describe('the welcome page on install', () => {
  const welcomes = () => fake.browser.tabs.create.mock.calls.filter(([{ url }]) => url === `${BASE}welcome.html`).length;
  const installed = async (reason: string, events: number) => {
    fake.browser.runtime.onInstalled.fire({ reason });
    await vi.waitFor(() => expect(fake.local.get('firstRun')).toMatchObject({ events }));
  };

  it('opens once on a first install, unpacked or not, and not when the same profile starts again', async () => {
    await installed('install', 1);
    expect(welcomes()).toBe(1);
    // Chromium reports an unpacked copy as installed afresh at each start of the profile.
    await installed('install', 2);
    expect(welcomes()).toBe(1);
    expect(fake.local.get('firstRun')).toEqual({ welcomed: true, events: 2 });
  });

  it('never on an update', async () => {
    await installed('update', 1);
    expect(welcomes()).toBe(0);
  });

  it('not when the organisation set welcomePage to false, nor on a later start', async () => {
    fake.managed.set('welcomePage', false);
    await installed('install', 1);
    fake.managed.clear();
    await installed('install', 2);
    expect(welcomes()).toBe(0);
    expect(fake.local.get('firstRun')).toEqual({ welcomed: false, events: 2 });
  });
});
