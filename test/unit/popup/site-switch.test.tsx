// @vitest-environment jsdom
/** The popup's site area: the switch on default and added sites, the button that adds any other https site. */
import { h, render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const permissions = vi.hoisted(() => ({ contains: vi.fn(), request: vi.fn() }));
const callBackground = vi.hoisted(() => vi.fn());
vi.mock('../../../src/shared/browser', () => ({ default: { permissions } }));
vi.mock('../../../src/shared/messaging', () => ({ callBackground }));

const { SiteSwitch } = await import('../../../src/popup/site-switch');

const tabOn = (url: string) => {
  const u = new URL(url);
  return { id: 7, url, host: u.host, origin: u.origin, source: `${u.origin}${u.pathname}` };
};
// act runs Preact's effects and the promises they start before the test looks.
const settle = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });
const show = (ui: ComponentChild) => act(() => { render(ui, document.body); });
const button = () => document.getElementById('add-site') as HTMLButtonElement | null;

beforeEach(() => {
  permissions.contains.mockResolvedValue(false);
  permissions.request.mockResolvedValue(true);
  callBackground.mockImplementation(async (name: string, args: { host?: string; origin?: string }) =>
    (name === 'getSiteState' ? { host: args.host, enabled: true, notes: true } : { origin: args.origin }));
});
afterEach(() => {
  render(null, document.body);
  vi.clearAllMocks();
});

describe('the popup on a site outside the defaults', () => {
  it('offers to use Probation Lens there, asks the browser for that one site in the click, then starts it', async () => {
    const onSiteAdded = vi.fn();
    await show(h(SiteSwitch, { tab: tabOn('https://example.org/probation-notes'), onSiteAdded }));
    await settle();
    expect(permissions.contains).toHaveBeenCalledWith({ origins: ['https://example.org/*'] });
    expect(button()?.textContent).toBe('Use Probation Lens on example.org');
    expect(document.getElementById('site-switch')).toBeNull();

    await act(() => {
      button()?.click();
      // Asked synchronously in the click: a promise in between would lose the user gesture.
      expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://example.org/*'] });
    });
    await settle();
    await settle();
    expect(callBackground).toHaveBeenCalledWith('enableAddedSite', { origin: 'https://example.org' });
    expect(onSiteAdded).toHaveBeenCalledOnce();
    expect(document.getElementById('site-switch')).not.toBeNull();
    expect(button()).toBeNull();
  });

  it('says so when the reader refuses, and starts nothing', async () => {
    permissions.request.mockResolvedValue(false);
    await show(h(SiteSwitch, { tab: tabOn('https://example.org/') }));
    await settle();
    await act(() => { button()?.click(); });
    await settle();
    expect(document.body.textContent).toContain('Probation Lens was not allowed to read example.org.');
    expect(callBackground).not.toHaveBeenCalledWith('enableAddedSite', expect.anything());
    expect(button()).not.toBeNull();
  });

  it('shows the switch on a site already granted', async () => {
    permissions.contains.mockResolvedValue(true);
    await show(h(SiteSwitch, { tab: tabOn('https://example.org/') }));
    await settle();
    await settle();
    expect(document.getElementById('site-switch')).not.toBeNull();
    expect(button()).toBeNull();
  });

  it.each([['http', 'http://example.org/'], ['a port', 'https://example.org:8443/'], ['an IP address', 'https://10.0.0.1/']])(
    'offers nothing on %s, where a site cannot be added', async (_, url) => {
      await show(h(SiteSwitch, { tab: tabOn(url) }));
      await settle();
      expect(document.getElementById('site-note')).not.toBeNull();
      expect(button()).toBeNull();
      expect(permissions.contains).not.toHaveBeenCalled();
    });
});

describe('the popup on a default site', () => {
  it('shows the switch as before, without asking for any permission', async () => {
    await show(h(SiteSwitch, { tab: tabOn('https://www.gov.uk/guidance/x') }));
    await settle();
    expect(document.getElementById('site-switch')).not.toBeNull();
    expect(button()).toBeNull();
    expect(permissions.contains).not.toHaveBeenCalled();
    expect(callBackground).toHaveBeenCalledWith('getSiteState', { host: 'www.gov.uk' });
  });
});

describe('the site area while the popup loads', () => {
  // The control the reader uses, not the invisible copies that hold the area's space.
  const box = () => {
    const input = document.querySelector<HTMLInputElement>('#site-switch, #site-switch-pending');
    return {
      input,
      label: document.querySelector(`label[for="${input?.id ?? ''}"]`)?.textContent,
      hide: document.querySelector<HTMLInputElement>('#site-hide-notes, #site-hide-notes-pending'),
      hint: document.querySelector('.site-state .hint[aria-live]'),
    };
  };

  it('draws the same switches, labels and state line from the first frame, disabled until the state is known', async () => {
    let answer: (s: { host: string; enabled: boolean; notes: boolean }) => void = () => undefined;
    callBackground.mockImplementation(() => new Promise((r) => { answer = r; }));
    await show(h(SiteSwitch, { tab: undefined, loading: true }));
    const first = box();
    expect(first.input?.disabled).toBe(true);
    expect(first.hide?.disabled).toBe(true);
    expect(document.getElementById('site-switch')).toBeNull();
    expect(first.label).toBe('Highlight jargon on this site');
    expect(document.querySelector('label[for="site-hide-notes-pending"]')?.textContent).toBe('Also hide my notes on this site');
    expect(first.hint?.textContent).toBe('\u00a0');
    expect(document.querySelector('.site-state')?.getAttribute('aria-busy')).toBe('true');
    expect(callBackground).not.toHaveBeenCalled();

    // The tab is known: still waiting for the state, nothing is added or taken away.
    await show(h(SiteSwitch, { tab: tabOn('https://www.gov.uk/guidance/x') }));
    await settle();
    expect(box()).toEqual(first);
    expect(box().input).toBe(first.input);

    await act(() => { answer({ host: 'www.gov.uk', enabled: true, notes: true }); });
    await settle();
    const ready = box();
    expect(ready.input).toBe(first.input);
    expect(ready.hint).toBe(first.hint);
    expect(ready.input?.id).toBe('site-switch');
    expect(ready.input?.disabled).toBe(false);
    expect(ready.input?.checked).toBe(true);
    // With highlighting on the notes always show: hiding them is not offered.
    expect(ready.hide?.id).toBe('site-hide-notes');
    expect(ready.hide?.disabled).toBe(true);
    expect(ready.label).toBe(first.label);
    expect(ready.hint?.textContent).toBe('Highlighting is on. Your notes are shown.');
    expect(document.querySelector('.site-state')?.hasAttribute('aria-busy')).toBe(false);
  });

  it('keeps the room of every form the area can take, hidden from everyone, and with no ids', async () => {
    await show(h(SiteSwitch, { tab: undefined, loading: true }));
    const sizers = [...document.querySelectorAll('.reserve__sizer')];
    const texts = sizers.map((x) => x.textContent ?? '').join(' | ');
    for (const text of ['Highlight jargon on this site', 'Highlighting is off for this site, and your notes are hidden on it.', 'Use Probation Lens on example.org', 'Probation Lens works only on GOV.UK']) expect(texts).toContain(text);
    for (const sizer of sizers) {
      expect(sizer.getAttribute('aria-hidden')).toBe('true');
      expect(sizer.hasAttribute('inert')).toBe(true);
      expect(sizer.querySelector('[id]')).toBeNull();
    }
  });

  it('says, when off, that the notes still show; hides them when asked; on again, all of it', async () => {
    let current = { host: 'www.gov.uk', enabled: false, notes: true };
    callBackground.mockImplementation(async (name: string, args: { enabled?: boolean; hidden?: boolean }) => {
      if (name === 'setSiteEnabled') current = { ...current, enabled: args.enabled === true, notes: true };
      if (name === 'setSiteNotesHidden') current = { ...current, notes: current.enabled || args.hidden !== true };
      return current;
    });
    await show(h(SiteSwitch, { tab: tabOn('https://www.gov.uk/guidance/x') }));
    await settle();
    expect(box().input?.checked).toBe(false);
    expect(box().hide?.disabled).toBe(false);
    expect(box().hide?.checked).toBe(false);
    expect(box().hint?.textContent).toBe('Highlighting is off for this site. Your notes are still shown.');

    await act(() => { box().hide?.click(); });
    await settle();
    expect(callBackground).toHaveBeenCalledWith('setSiteNotesHidden', { host: 'www.gov.uk', hidden: true });
    expect(box().hide?.checked).toBe(true);
    expect(box().hint?.textContent).toBe('Highlighting is off for this site, and your notes are hidden on it. They are kept, not deleted.');

    await act(() => { box().input?.click(); });
    await settle();
    expect(callBackground).toHaveBeenCalledWith('setSiteEnabled', { host: 'www.gov.uk', enabled: true });
    expect(box().input?.checked).toBe(true);
    expect(box().hide?.checked).toBe(false);
    expect(box().hide?.disabled).toBe(true);
    expect(box().hint?.textContent).toBe('Highlighting is on. Your notes are shown.');
  });
});
