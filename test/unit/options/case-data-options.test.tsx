// @vitest-environment jsdom
/**
 * Case data on the options page: an imported backup's notes that look like they hold case data are listed, by
 * their number in the file, with what was found (unless the reader switched the check off); and the saved notes
 * that hold such data are listed with a way to open their page or delete them, ordinary notes left out.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

const callBackground = vi.hoisted(() => vi.fn());
vi.mock('../../../src/shared/messaging', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/shared/messaging')>()), callBackground,
}));
vi.mock('../../../src/shared/browser', () => ({ default: {} }));

const { ImportSection } = await import('../../../src/options/import-section');
const { GuardSection } = await import('../../../src/options/guard-section');

/** Waits until an element with one of these ids is shown. */
const shown = (...ids: string[]) => vi.waitFor(() => {
  if (!ids.some((id) => document.getElementById(id) !== null)) throw new Error(`none of ${ids.join(', ')} shown yet`);
});
afterEach(() => {
  render(null, document.body);
  vi.clearAllMocks();
});

const note = (i: number, body: string) => ({
  id: `n${i}`, body, tags: [], pageTitle: `Page ${i}`, created: '2026-03-01T09:00:00.000Z', modified: '2026-03-01T09:00:00.000Z',
  target: {
    source: `https://www.gov.uk/guidance/page-${i}`,
    quote: { type: 'TextQuoteSelector', exact: 'allocated practitioner', prefix: 'The ', suffix: ' should' },
    position: { type: 'TextPositionSelector', start: 4, end: 26 },
  },
});
const NOTES = [
  note(1, 'Meeting on 12/03/2025 about section 4.2; see page 17 of the 2021 framework.'),
  note(2, 'Ask the prison about A1234BC before the review.'),
  note(3, 'Transfer X123456 to the new team, DOB 03/04/1987.'),
];
const BACKUP = JSON.stringify({ format: 'probation-lens-backup', version: 1, exportedAt: '2026-03-02T10:00:00.000Z', notes: NOTES, glossary: [] });

/** Answers the background calls: the import succeeds, the guard is in `mode`, the notes are `stored`. */
function background(mode: string, stored: typeof NOTES = []) {
  callBackground.mockImplementation(async (name: string, args: { id?: string }) => {
    if (name === 'importData') return { ok: true, kind: 'backup', added: 3, updated: 0, kept: 0, terms: 0 };
    if (name === 'caseDataGuard') return { mode, locked: false };
    if (name === 'listNotes') return stored;
    if (name === 'deleteNote') {
      const i = stored.findIndex((n) => n.id === args.id);
      return i < 0 ? null : stored.splice(i, 1)[0];
    }
    throw new Error(`unexpected call ${name}`);
  });
}

async function importBackup(text = BACKUP, name = 'backup.json'): Promise<string[]> {
  await act(() => { render(h(ImportSection, { onImported: () => undefined }), document.body); });
  const input = document.getElementById('import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  await act(() => { input.dispatchEvent(new Event('change', { bubbles: true })); });
  // The case-data list is set before the import's outcome is shown.
  await shown('import-done');
  return [...document.querySelectorAll('#import-case-data li')].map((li) => li.textContent ?? '');
}

describe('an import with notes that look like they hold case data', () => {
  it('goes ahead, and lists those notes by their number in the file with what was found', async () => {
    background('warn');
    expect(await importBackup()).toEqual([
      'Note 2 (on Page 2): This looks like a prison number: A1234BC',
      'Note 3 (on Page 3): This looks like a case reference number (CRN): X123456; This looks like a date of birth: 03/04/1987',
    ]);
    expect(document.getElementById('import-done')).not.toBeNull();
    expect(document.getElementById('import-case-data')?.getAttribute('role')).toBe('alert');
  });

  it('lists them in block mode too, and says nothing when the check is off', async () => {
    background('block');
    expect(await importBackup()).toHaveLength(2);
    render(null, document.body);
    background('off');
    expect(await importBackup()).toEqual([]);
    expect(document.getElementById('import-case-data')).toBeNull();
  });

  it('says nothing for a backup of ordinary notes', async () => {
    background('warn');
    const plain = JSON.stringify({ ...JSON.parse(BACKUP) as object, notes: [NOTES[0]] });
    expect(await importBackup(plain)).toEqual([]);
  });
});

describe('the list of saved notes that look like they hold case data', () => {
  it('lists only those, each with a link to its page and a Delete button that deletes it', async () => {
    const stored = [...NOTES];
    background('warn', stored);
    await act(() => { render(h(GuardSection, { version: 0, policyVersion: 0 }), document.body); });
    await shown('guard-notes', 'guard-notes-none');
    const items = () => [...document.querySelectorAll<HTMLElement>('#guard-notes > li')];
    expect(items().map((li) => li.dataset.noteId)).toEqual(['n2', 'n3']);
    expect(items()[0]?.querySelector('a')?.getAttribute('href')).toBe('https://www.gov.uk/guidance/page-2');
    expect(items()[0]?.textContent).toContain('This looks like a prison number: A1234BC');
    const button = items()[0]?.querySelector('button');
    expect(button?.textContent).toBe('Delete this note on Page 2');
    await act(() => { button?.click(); });
    // Deleted, then the list read again.
    await vi.waitFor(() => expect(items().map((li) => li.dataset.noteId)).toEqual(['n3']));
    expect(callBackground).toHaveBeenCalledWith('deleteNote', { id: 'n2' });
    expect(document.getElementById('guard-status')?.textContent).toBe('Note deleted.');
    expect(document.activeElement?.id).toBe('guard-notes-title');
  });
});
