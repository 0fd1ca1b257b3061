import { describe, expect, it } from 'vitest';
import { BUILTIN } from '../../../src/core/builtin';
import { compileMatcher } from '../../../src/core/matcher';
import { layeredGlossary } from '../../../src/core/layers';
import { effective, parsePolicy, POLICY_NAMES } from '../../../src/core/policy';
import type { GlossaryEntry } from '../../../src/shared/types';

const team: GlossaryEntry = { term: 'NWPP', senses: [{ expansion: 'North West Probation Partnership', category: 'organisation', definition: 'Our regional partnership.' }] };

describe('parsePolicy', () => {
  it('keeps the documented names, and nothing set means nothing managed', () => {
    expect(POLICY_NAMES).toEqual(['teamGlossary', 'extraSites', 'caseDataGuard', 'notesExport', 'welcomePage']);
    expect(parsePolicy({})).toEqual({ policy: {}, problems: [] });
    expect(parsePolicy(undefined)).toEqual({ policy: {}, problems: [] });
    expect(parsePolicy('x')).toEqual({ policy: {}, problems: [] });
  });

  it('takes every setting of its documented type', () => {
    const state = parsePolicy({
      teamGlossary: [team], extraSites: ['intranet.example.org', 'https://guidance.example.net/'],
      caseDataGuard: 'block', notesExport: false, welcomePage: false,
    });
    expect(state.problems).toEqual([]);
    expect(state.policy).toEqual({
      teamGlossary: [team], extraSites: ['https://guidance.example.net', 'https://intranet.example.org'],
      caseDataGuard: 'block', notesExport: false, welcomePage: false,
    });
  });

  it('lists a bad team entry with its index and term, ignores it, and keeps the good ones', () => {
    const state = parsePolicy({
      teamGlossary: [
        team,
        { term: 'BADCAT', senses: [{ expansion: 'Bad category', category: 'weather' }] },
        { term: 'NOSENSE', senses: [] },
        { senses: [{ expansion: 'No term', category: 'other' }] },
        { term: 'NWPP', senses: [{ expansion: 'Again', category: 'other' }] },
        'just text',
      ],
    });
    expect(state.policy.teamGlossary).toEqual([team]);
    expect(state.problems.map((p) => [p.code, p.index, p.item])).toEqual([
      ['entry-invalid', 1, 'BADCAT'], ['entry-invalid', 2, 'NOSENSE'], ['entry-invalid', 3, undefined],
      ['entry-clash', 4, 'NWPP'], ['entry-invalid', 5, undefined],
    ]);
    expect(state.problems.every((p) => p.setting === 'teamGlossary')).toBe(true);
  });

  it('refuses settings of the wrong type whole, and sites that are not one https host outside the defaults', () => {
    const state = parsePolicy({ teamGlossary: { term: 'X' }, extraSites: ['ok.example.org', 'www.gov.uk', 'http://x', '*.example.org', 7], caseDataGuard: 'loud', notesExport: 'no', welcomePage: 0 });
    expect(state.policy).toEqual({ extraSites: ['https://ok.example.org'] });
    expect(state.problems.map((p) => `${p.setting}:${p.code}:${p.index ?? ''}`)).toEqual([
      'teamGlossary:wrong-type:', 'extraSites:host-invalid:1', 'extraSites:host-invalid:2', 'extraSites:host-invalid:3',
      'extraSites:host-invalid:4', 'caseDataGuard:wrong-type:', 'notesExport:wrong-type:', 'welcomePage:wrong-type:',
    ]);
  });
});

describe('precedence', () => {
  it('built-in < team < personal: a later layer replaces an earlier one with the same form', () => {
    const teamSfo: GlossaryEntry = { term: 'SFO', senses: [{ expansion: 'Team meaning', category: 'process' }] };
    const personalSfo: GlossaryEntry = { term: 'SFO', senses: [{ expansion: 'My meaning', category: 'process' }] };
    const teamOnly = layeredGlossary(BUILTIN, [teamSfo, team], []);
    expect(teamOnly.teamFrom).toBe(BUILTIN.length);
    expect(teamOnly.personalFrom).toBe(BUILTIN.length + 2);
    const entryFor = (g: readonly GlossaryEntry[], text: string) => g[compileMatcher(g).find(text)[0]!.entry];
    expect(entryFor(teamOnly.glossary, 'An SFO review')?.senses[0]?.expansion).toBe('Team meaning');
    expect(entryFor(teamOnly.glossary, 'The NWPP meets')?.senses[0]?.expansion).toBe('North West Probation Partnership');
    const all = layeredGlossary(BUILTIN, [teamSfo], [personalSfo]);
    expect(entryFor(all.glossary, 'An SFO review')?.senses[0]?.expansion).toBe('My meaning');
    expect(entryFor(layeredGlossary(BUILTIN, [], []).glossary, 'An SFO review')?.senses[0]?.expansion).toBe('Serious Further Offence');
  });

  it('settings: the organisation locks what it set; otherwise the reader, otherwise the default', () => {
    expect(effective('block', 'off', 'warn')).toEqual({ value: 'block', locked: true });
    expect(effective(undefined, 'off', 'warn')).toEqual({ value: 'off', locked: false });
    expect(effective(undefined, undefined, 'warn')).toEqual({ value: 'warn', locked: false });
    expect(effective(false, true, true)).toEqual({ value: false, locked: true });
  });
});
