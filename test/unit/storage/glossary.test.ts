// The personal glossary in storage: a term is checked against the one glossary term schema before it is written.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openLensDb } from '../../../src/storage/db';
import { personalGlossary, savePersonalTerm } from '../../../src/storage/glossary';
import type { GlossaryEntry } from '../../../src/shared/types';

const term: GlossaryEntry = { term: 'QXZ', senses: [{ expansion: 'Quite eXtraordinary Zeal', category: 'process', definition: 'A test term.' }] };

describe('savePersonalTerm', () => {
  it('refuses a 3 MB definition, an unknown field and a number for text, naming the field, and stores nothing', async () => {
    const db = await openLensDb('glossary-check', new IDBFactory());
    const bad = [
      [{ ...term, senses: [{ ...term.senses[0], definition: 'x'.repeat(3_000_000) }] }, 'entry.senses[0].definition'],
      [{ ...term, note: 'mine' }, 'entry.note'],
      [{ ...term, senses: [{ ...term.senses[0], expansion: 3 }] }, 'entry.senses[0].expansion'],
    ] as const;
    for (const [entry, field] of bad) {
      await expect(savePersonalTerm(db, entry as unknown as GlossaryEntry)).rejects.toMatchObject({ code: 'bad-request', field });
    }
    expect(await personalGlossary(db)).toEqual([]);
    await savePersonalTerm(db, term);
    expect(await personalGlossary(db)).toEqual([term]);
    db.close();
  });
});
