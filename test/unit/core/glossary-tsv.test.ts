import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltinGlossary } from '../../../scripts/glossary-plugin.mjs';
import { BUILTIN } from '../../../src/core/builtin';
import { glossaryMarkdown } from '../../../src/core/glossary-docs';
import { formatProblems, GLOSSARY_COLUMNS, loadGlossaryFiles, SOURCE_COLUMNS } from '../../../src/core/glossary-tsv';

const SOURCES = { name: 'sources.tsv', text: `${SOURCE_COLUMNS.join('\t')}\nmoj\tMoJ acronyms list\t2026\thttps://example.org/\n` };
const file = (rows: string[]) => ({ name: 'roles.tsv', text: [GLOSSARY_COLUMNS.join('\t'), ...rows].join('\n') });

describe('the glossary data loader', () => {
  it('reads senses, entry columns and the source line', () => {
    const loaded = loadGlossaryFiles([SOURCES, file([
      '# a comment',
      'PO\tProbation Officer\trole\tA probation practitioner.\tmoj\t\t\t\t\t\t',
      'PO\tPrison Officer\trole\tPrison staff.\tmoj: the newer source\t\t\t\t\t\t',
      'NDelius\tNational Delius\tsystem\tThe case system.\tmoj\tnDelius | Delius\tnational delius\tcommon-word',
      'Probation Practitioner\tProbation Practitioner\trole\tThe practitioner.\tmoj\t\t\tphrase\t\tOffender Manager\tsince 2021',
    ])]);
    expect(loaded.problems).toEqual([]);
    expect(loaded.entries).toEqual([
      { term: 'PO', senses: [
        { expansion: 'Probation Officer', category: 'role', definition: 'A probation practitioner.', source: 'MoJ acronyms list (2026)' },
        { expansion: 'Prison Officer', category: 'role', definition: 'Prison staff.', source: 'MoJ acronyms list (2026); the newer source' },
      ] },
      { term: 'NDelius', variants: ['nDelius', 'Delius'], spelled: ['national delius'], commonWord: true,
        senses: [{ expansion: 'National Delius', category: 'system', definition: 'The case system.', source: 'MoJ acronyms list (2026)' }] },
      { term: 'Probation Practitioner', phrase: true, replaces: { old: 'Offender Manager', note: 'since 2021' },
        senses: [{ expansion: 'Probation Practitioner', category: 'role', definition: 'The practitioner.', source: 'MoJ acronyms list (2026)' }] },
    ]);
    expect(loaded.origins).toEqual([{ file: 'roles.tsv', line: 3 }, { file: 'roles.tsv', line: 5 }, { file: 'roles.tsv', line: 6 }]);
  });

  it('names the file and line of every bad row', () => {
    const loaded = loadGlossaryFiles([SOURCES, file([
      'SFO\tSerious Further Offence\tprocess\t\tmoj',
      'RO\tResponsible Officer\trank\tThe officer.\tmoj',
      'OM\tOffender Manager\trole\tThe manager.\tnowhere',
      'PO\tProbation Officer\trole\tA practitioner.\tmoj\tSFO',
      'PO\tPrison Officer\trole\tStaff.\tmoj\tPOs',
      'X\tX\trole\tX.\tmoj\t\t\tshiny',
    ])]);
    expect(formatProblems(loaded.problems)).toBe([
      'roles.tsv:2: SFO: the definition is empty: every sense is defined',
      'roles.tsv:3: RO: the category "rank" is not one of organisation, role, process, system, document, legislation, other',
      'roles.tsv:4: OM: the source "nowhere" is not listed in sources.tsv',
      'roles.tsv:6: PO: also, spelled, flags, now, replaces, when go on the term\'s first row only',
      'roles.tsv:7: X: the flag "shiny" is not one of phrase, common-word, lookup-only',
    ].join('\n'));
    const twice = loadGlossaryFiles([SOURCES, file(['PO\tA\trole\tA.\tmoj']), { ...file(['PO\tB\trole\tB.\tmoj']), name: 'other.tsv' }]);
    expect(formatProblems(twice.problems)).toBe('other.tsv:2: PO: form-taken {"form":"PO","owner":"PO"}');
  });

  it('refuses a file without the right header, and a row with too many cells', () => {
    const bad = loadGlossaryFiles([SOURCES, { name: 'x.tsv', text: 'term\texpansion\nPO\tA\trole\tA.\tmoj\t\t\t\t\t\t\textra' }]);
    expect(bad.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['x.tsv:1', 'x.tsv:2']);
  });
});

describe('the built-in glossary data', () => {
  it('defines every sense, with a category and a source with its year', () => {
    for (const entry of BUILTIN) {
      for (const sense of entry.senses) {
        expect(sense.definition?.trim(), `${entry.term}: ${sense.expansion}`).toBeTruthy();
        expect(sense.source, `${entry.term}: ${sense.expansion}`).toMatch(/\(\d{4}\)/);
      }
    }
  });

  it('docs/glossary.md is generated from the current data (run node build.mjs)', async () => {
    const expected = glossaryMarkdown(await loadBuiltinGlossary());
    expect(readFileSync('docs/glossary.md', 'utf8')).toBe(expected);
    for (const entry of BUILTIN) expect(expected, entry.term).toContain(`**${entry.term.replace(/\|/g, '\\|')}**`);
  });
});
