// Case data on the options page, as a reader meets it: an imported backup whose notes look like they hold case data
// (the import goes ahead, with a warning that lists those notes by their number in the file and what was found), and
// the list of saved notes that hold such data, each with its page to open and a button that deletes it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { waitFor } from './support/wait.mjs';

/** A valid note as a backup holds it. */
const note = (i, body) => {
  const at = new Date(Date.UTC(2026, 2, 1, 9, 0, i)).toISOString();
  return {
    id: `case-data-${i}`, body, tags: [], pageTitle: `Guidance page ${i}`, created: at, modified: at,
    target: {
      source: `https://www.gov.uk/guidance/probation-lens-case-data-${i}`,
      quote: { type: 'TextQuoteSelector', exact: 'allocated practitioner', prefix: 'The ', suffix: ' should' },
      position: { type: 'TextPositionSelector', start: 4, end: 26 },
    },
  };
};
const NOTES = [
  note(1, 'Supervision meeting on 12/03/2025: read section 4.2 and page 17 of the 2021 framework.'),
  note(2, 'Ask the prison about A1234BC before the review.'),
  note(3, 'Case X123456 moves to the new team.'),
  note(4, 'PSR due in 10 working days, see paragraph 3.14 and PSI 12/2011.'),
];
const BACKUP = JSON.stringify({ format: 'probation-lens-backup', version: 1, exportedAt: '2026-03-02T10:00:00.000Z', notes: NOTES, glossary: [] }, null, 2);

const storedIds = async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  return (await api.runtime.sendMessage({ probationLens: 'listNotes', args: {} })).ok.map((n) => n.id).sort();
};

/** Registers the suite for one browser. */
export function caseDataOptionsSuite(name, launch) {
  describe(`${name}: case data on the options page`, { timeout: 300_000 }, () => {
    let s;
    let options;
    before(async () => {
      s = await launch();
      options = await s.openExtensionPage('options.html');
      await options.waitFor('#import-file');
      await options.page.bringToFront();
    });
    after(async () => {
      await s?.close();
    });

    it('import: goes ahead, and warns, listing the notes with case data by number and what was found', async () => {
      await options.setFile('#import-file', { name: 'probation-lens-backup.json', mimeType: 'application/json', text: BACKUP });
      const warning = await waitFor('the case-data warning', () => options.text('#import-case-data'), { timeout: 30_000 });
      assert.match(await options.text('#import-done'), /4 new notes added/);
      assert.match(warning, /Some imported notes look like they hold case data/);
      const items = await options.evaluate(() => [...document.querySelectorAll('#import-case-data li')].map((li) => li.textContent));
      assert.deepEqual(items, [
        'Note 2 (on Guidance page 2): This looks like a prison number: A1234BC',
        'Note 3 (on Guidance page 3): This looks like a case reference number (CRN): X123456',
      ]);
      assert.deepEqual(await s.inExtension(storedIds), NOTES.map((n) => n.id).sort(), 'every note was imported');
      assert.deepEqual(await options.axe(), []);
    });

    it('options: lists the saved notes with case data, not the ordinary ones, each with its page and a Delete button', async () => {
      await options.page.bringToFront();
      await waitFor('the flagged notes', async () => (await options.count('#guard-notes > li')) === 2);
      const listed = await options.evaluate(() => [...document.querySelectorAll('#guard-notes > li')].map((li) => ({
        id: li.dataset.noteId, href: li.querySelector('a')?.getAttribute('href'), text: li.textContent, button: li.querySelector('button')?.textContent,
      })));
      // Newest first, as every list of notes.
      assert.deepEqual(listed.map((n) => n.id), ['case-data-3', 'case-data-2']);
      const [third, second] = listed;
      assert.equal(second.href, 'https://www.gov.uk/guidance/probation-lens-case-data-2');
      assert.match(second.text, /On Guidance page 2[\s\S]*This looks like a prison number: A1234BC/);
      assert.match(third.text, /This looks like a case reference number \(CRN\): X123456/);
      assert.equal(third.button, 'Delete this note on Guidance page 3');

      // Deleting one from the list deletes the note; the ordinary notes stay.
      await options.click('#guard-notes > li[data-note-id="case-data-2"] button');
      await waitFor('the list without the deleted note', async () => (await options.count('#guard-notes > li')) === 1);
      assert.match(await options.text('#guard-status'), /Note deleted/);
      assert.deepEqual(await s.inExtension(storedIds), ['case-data-1', 'case-data-3', 'case-data-4']);
      assert.deepEqual(await options.axe(), []);
    });
  });
}
