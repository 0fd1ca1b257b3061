// @vitest-environment jsdom
/**
 * The in-page UI, checked by axe-core. The UI lives in a closed shadow root that axe in the page
 * cannot enter, so each surface is rendered here the same way, with the same styles.
 */
import axe from 'axe-core';
import { h, render, type ComponentChild } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN } from '../../../src/core/builtin';
import { cardModel } from '../../../src/core/card-model';
import { Card } from '../../../src/content/ui/card';
import { NoteCard, NoteEditor, OrphanList, UndoBar } from '../../../src/content/ui/notes-ui';
import { UI_CSS } from '../../../src/content/ui/styles';
import type { Note } from '../../../src/shared/types';

const entry = (term: string) => BUILTIN.find((e) => e.term === term);
const NOTE: Note = {
  id: 'n1', body: 'Check with the SPO <b>before</b> closing.', tags: [], pageTitle: 'Demo',
  created: '2026-11-01T10:00:00.000Z', modified: '2026-11-02T10:00:00.000Z',
  target: { source: 'https://www.gov.uk/x', quote: { type: 'TextQuoteSelector', exact: 'The passage', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 11 } },
};

afterEach(() => render(null, document.body));

/** Renders a surface as the page would show it and returns axe's violations. */
async function violations(ui: ComponentChild): Promise<string[]> {
  document.documentElement.lang = 'en-GB';
  document.title = 'A policy page';
  document.head.innerHTML = `<style>${UI_CSS.replace(':host', ':root')}</style>`;
  render(h('main', null, ui), document.body);
  // Colour contrast needs layout, which jsdom lacks; the colours are GOV.UK's (text 18:1, secondary 9:1).
  const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] }, rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('accessibility of the in-page UI', () => {
  it.each([
    ['a glossary term with several senses', cardModel({ token: 'PO', written: 'POs', entry: entry('PO'), nearby: '' })],
    ['a renamed term', cardModel({ token: 'NPS', written: 'NPS', entry: entry('NPS'), nearby: '' })],
    ['a term the page defines', cardModel({ token: 'MPT', written: 'MPT', nearby: '', page: { long: 'Modern Probation Theory', sentence: 'Modern Probation Theory (MPT) guides practice.' } })],
    ['an acronym nobody explains', cardModel({ token: 'QRT', written: 'QRT', nearby: '' })],
  ])('the definition card for %s', async (_, model) => {
    // With the "Add a definition" action, which only the card of an unexplained acronym shows.
    expect(await violations(h(Card, { id: 'probation-lens-card', model, onAddDefinition: () => {} }))).toEqual([]);
  });

  it('the note editor', async () => {
    expect(await violations(h(NoteEditor, { quote: 'The passage', initial: '', editing: false, onSave: () => {}, onCancel: () => {} }))).toEqual([]);
    expect(await violations(h(NoteEditor, { quote: 'The passage', initial: 'x', editing: true, error: 'The note was changed elsewhere', onSave: () => {}, onCancel: () => {} }))).toEqual([]);
  });

  it('the note card, found as written and in changed text', async () => {
    const props = { note: NOTE, focus: false, onEdit: () => {}, onDelete: () => {} };
    expect(await violations(h(NoteCard, { ...props, state: 'exact' }))).toEqual([]);
    expect(await violations(h(NoteCard, { ...props, state: 'changed', current: 'The changed passage' }))).toEqual([]);
  });

  it('the undo bar and the list of notes not found', async () => {
    expect(await violations(h('div', null, h(UndoBar, { onUndo: () => {} }), h(OrphanList, { notes: [NOTE], onDelete: () => {} })))).toEqual([]);
  });
});
