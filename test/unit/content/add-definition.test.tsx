// @vitest-environment jsdom
/**
 * "Define it where you meet it": the card of an abbreviation nobody explains and the popup's empty look-up
 * offer "Add a definition", which opens the options page's form with the term filled in.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN } from '../../../src/core/builtin';
import { cardModel } from '../../../src/core/card-model';
import { addTermHash } from '../../../src/shared/add-term';
import { t } from '../../../src/shared/i18n';

const callBackground = vi.hoisted(() => vi.fn());
vi.mock('../../../src/shared/messaging', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/shared/messaging')>()), callBackground,
}));
vi.mock('../../../src/shared/browser', () => ({ default: {} }));

const { Card } = await import('../../../src/content/ui/card');
const { GlossarySection } = await import('../../../src/options/glossary-section');
const { Lookup } = await import('../../../src/popup/lookup');

const settle = async () => {
  for (let i = 0; i < 3; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
};
const buttonNamed = (name: string): HTMLButtonElement | undefined =>
  [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
const calls = (name: string) => callBackground.mock.calls.filter(([n]) => n === name).map(([, args]) => args as unknown);

beforeEach(() => {
  callBackground.mockImplementation(async (name: string) => (name === 'personalGlossary' || name === 'teamGlossary' ? [] : null));
});
afterEach(() => {
  render(null, document.body);
  callBackground.mockReset();
  history.replaceState(null, '', '/');
});

describe('the card of an abbreviation nobody explains', () => {
  it('offers "Add a definition", which asks to open the form with the term', async () => {
    const onAddDefinition = vi.fn();
    render(h(Card, { id: 'c', model: cardModel({ token: 'QRT', written: 'QRTs', nearby: '' }), onAddDefinition }), document.body);
    expect(document.body.textContent).not.toContain('coming');
    const button = buttonNamed(t('cardAddDefinition'));
    expect(button).toBeDefined();
    await act(() => { button?.click(); });
    expect(onAddDefinition.mock.calls).toEqual([['QRT']]);
  });

  it('offers nothing to add on the card of a glossary term', () => {
    const entry = BUILTIN.find((e) => e.term === 'PSR');
    render(h(Card, { id: 'c', model: cardModel({ token: 'PSR', written: 'PSR', entry, nearby: '' }), onAddDefinition: vi.fn() }), document.body);
    expect(buttonNamed(t('cardAddDefinition'))).toBeUndefined();
  });
});

describe('the options page opened to add a term', () => {
  it('starts the personal-glossary form with the term filled in and the meaning field focused', async () => {
    history.replaceState(null, '', `/options.html${addTermHash('QRT')}`);
    await act(() => { render(h(GlossarySection, { version: 0 }), document.body); });
    await settle();
    expect((document.getElementById('term-abbreviation') as HTMLInputElement).value).toBe('QRT');
    expect(document.activeElement?.id).toBe('term-expansion');
  });

  it('starts the form empty without the fragment', async () => {
    await act(() => { render(h(GlossarySection, { version: 0 }), document.body); });
    await settle();
    expect((document.getElementById('term-abbreviation') as HTMLInputElement).value).toBe('');
  });
});

describe('the popup look-up that finds nothing', () => {
  it('offers to add a definition of what was typed', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(h(Lookup, { tab: undefined, summary: null }), document.body);
    await settle();
    const input = document.getElementById('lookup-query') as HTMLInputElement;
    await act(() => { input.value = 'ZQXW'; input.dispatchEvent(new Event('input', { bubbles: true })); });
    expect(document.body.textContent).toContain(t('popupNoTermMatches', 'ZQXW'));
    await act(() => { buttonNamed(t('popupAddDefinition', 'ZQXW'))?.click(); });
    await settle();
    expect(calls('openAddTerm')).toEqual([{ term: 'ZQXW' }]);
    expect(close).toHaveBeenCalled();
  });

  it('offers nothing to add when the look-up finds the term', async () => {
    render(h(Lookup, { tab: undefined, summary: null }), document.body);
    await settle();
    const input = document.getElementById('lookup-query') as HTMLInputElement;
    await act(() => { input.value = 'PSR'; input.dispatchEvent(new Event('input', { bubbles: true })); });
    expect(document.getElementById('lookup-add-definition')).toBeNull();
  });
});
