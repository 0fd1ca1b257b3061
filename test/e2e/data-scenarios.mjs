// Data safety with the built extension: the backup reminder in the options page, and (where the driver can
// stop the service worker) an import cut off by the browser stopping the worker.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { waitFor } from './support/wait.mjs';

const DAY = 24 * 60 * 60 * 1000;

/** A valid note as storage keeps it; `size` pads the body to make a large backup. */
const note = (id, i, size = 0) => {
  const at = new Date(Date.UTC(2026, 2, 1, 9, 0, i % 60, i % 1000)).toISOString();
  return {
    id, body: `Data note ${id}: check with the SPO.${'x'.repeat(size)}`, tags: ['data'], pageTitle: 'Demo policy', created: at, modified: at,
    target: {
      source: 'https://www.gov.uk/government/publications/probation-lens-demo',
      quote: { type: 'TextQuoteSelector', exact: 'allocated practitioner', prefix: 'The ', suffix: ' should' },
      position: { type: 'TextPositionSelector', start: i, end: i + 22 },
    },
  };
};
const backup = (notes) => JSON.stringify({ format: 'probation-lens-backup', version: 1, exportedAt: '2026-03-02T10:00:00.000Z', notes, glossary: [] });

// Extension-world probes.
const send = async ([name, args]) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ probationLens: name, args });
const ids = async () => {
  const reply = await (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ probationLens: 'listNotes', args: {} });
  return reply.ok.map((n) => n.id).sort();
};
const saveNotes = async (all) => {
  const api = globalThis.browser ?? globalThis.chrome;
  for (const n of all) await api.runtime.sendMessage({ probationLens: 'saveNote', args: { note: n } });
};
/** Deletes the extension's database as the browser does when it clears site data or evicts it. */
const deleteDatabase = () => new Promise((resolve, reject) => {
  const request = indexedDB.deleteDatabase('probation-lens');
  request.onsuccess = () => resolve('deleted');
  request.onerror = () => reject(request.error);
  request.onblocked = () => reject(new Error('blocked: the background kept the database open'));
});
const setLastExport = async (iso) => (globalThis.browser ?? globalThis.chrome).storage.local.set({ lastBackupExport: iso });
const lastExport = async () => (await (globalThis.browser ?? globalThis.chrome).storage.local.get('lastBackupExport')).lastBackupExport ?? null;

/**
 * Stops every service worker of the profile, as Chromium does to an idle or misbehaving worker: through the
 * DevTools protocol of an extension page (the extension's worker shares its storage partition).
 */
export async function stopChromiumWorkers(session, page) {
  const cdp = await session.context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
}

/** Registers the data-safety suite; `stopWorkers(session, page)` stops the extension's service worker where the driver can. */
export function dataSuite(name, launch, { stopWorkers } = {}) {
  describe(`${name}: data safety`, { timeout: 300_000 }, () => {
    let s;
    before(async () => {
      s = await launch();
    });
    after(async () => {
      await s?.close();
    });

    /** Opens the options page once the background answered its data status (the storage state shows then). */
    const openOptions = async () => {
      const page = await s.openExtensionPage('options.html');
      await page.waitFor('#storage-persistence-state');
      return page;
    };
    const reminder = (page) => page.text('#export-reminder');

    it('data: no reminder without notes; a first backup is asked for once there are notes', async () => {
      let page = await openOptions();
      assert.equal(await reminder(page), null, 'no notes, no reminder');
      assert.equal(await page.text('#storage-lost'), null, 'a first install is not a loss');
      console.log(`${name} storage state: ${await page.text('#storage-persistence-state')}`);
      await page.close();
      await s.inExtension(saveNotes, [note('data-1', 1), note('data-2', 2)]);
      page = await openOptions();
      assert.match(await waitFor('the reminder', () => reminder(page)), /You have not exported a backup of your notes yet/);
      await page.close();
    });

    it('data: a backup 31 days old brings the reminder; Export now makes a fresh one and it goes', async () => {
      const old = new Date(Date.now() - 31 * DAY - 60_000).toISOString();
      await s.inExtension(setLastExport, old);
      let page = await openOptions();
      assert.match(await waitFor('the reminder', () => reminder(page)), /Your last backup is 31 days old/);
      await page.page.bringToFront();
      await page.click('#export-reminder-export');
      assert.match(await waitFor('the export status', () => page.text('#export-reminder-status')), /Saved probation-lens-backup-\d{4}-\d\d-\d\d\.json/);
      await waitFor('the reminder to go', async () => (await reminder(page)) === null);
      await page.close();
      assert.ok(Date.parse(await s.inExtension(lastExport)) > Date.parse(old), 'the export time was recorded');
      page = await openOptions();
      assert.equal(await reminder(page), null, 'no reminder after a fresh export');
      await page.close();
    });

    it('data: the reminder goes after the Backup button in Export too, and can be dismissed', async () => {
      await s.inExtension(setLastExport, new Date(Date.now() - 40 * DAY).toISOString());
      let page = await openOptions();
      assert.match(await waitFor('the reminder', () => reminder(page)), /Your last backup is 40 days old/);
      await page.page.bringToFront();
      await page.click('#export-backup');
      await waitFor('the reminder to go', async () => (await reminder(page)) === null);
      await page.close();

      await s.inExtension(setLastExport, new Date(Date.now() - 40 * DAY).toISOString());
      page = await openOptions();
      await waitFor('the reminder', () => reminder(page));
      await page.page.bringToFront();
      await page.click('#export-reminder-dismiss');
      await waitFor('the reminder to go', async () => (await reminder(page)) === null);
      await page.close();
      page = await openOptions();
      assert.equal(await reminder(page), null, 'dismissed');
      await page.close();
    });

    it('data: data the browser deleted is noticed, and the options page says so until dismissed', async () => {
      assert.equal(await s.inExtension(deleteDatabase), 'deleted');
      let page = await openOptions();
      const warning = await waitFor('the lost-data warning', () => page.text('#storage-lost'));
      assert.match(warning, /Your saved data may have been cleared/);
      assert.match(warning, /There were 2 notes before\./);
      assert.deepEqual(await s.inExtension(ids), []);
      await page.page.bringToFront();
      await page.click('#storage-lost-dismiss');
      await waitFor('the warning to go', async () => (await page.text('#storage-lost')) === null);
      await page.close();
      page = await openOptions();
      assert.equal(await page.text('#storage-lost'), null, 'dismissed');
      await page.close();
    });

    if (stopWorkers) {
      it('data: a service worker stopped in the middle of an import leaves every note as it was', async () => {
        await s.inExtension(send, ['deleteEverything', { confirmation: 'delete everything' }]);
        const original = [note('before-1', 1), note('before-2', 2), note('before-3', 3)];
        await s.inExtension(saveNotes, original);
        const before = await s.inExtension(ids);
        // About 12 MB: long enough in the worker that a stop can land while it writes.
        const incoming = Array.from({ length: 4000 }, (_, i) => note(`import-${String(i).padStart(4, '0')}`, i, 2800));
        const text = backup(incoming);
        const complete = [...before, ...incoming.map((n) => n.id)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const page = await s.openExtensionPage('options.html');
        await page.waitFor('#import-file');
        const start = (t) => page.evaluate((file) => {
          window.__outcome = undefined;
          const api = globalThis.browser ?? globalThis.chrome;
          api.runtime.sendMessage({ probationLens: 'importData', args: { text: file, kind: 'backup' } })
            .then((r) => { window.__outcome = r?.ok ? 'imported' : JSON.stringify(r); }, (e) => { window.__outcome = `cut off: ${e.message}`; });
        }, t);
        const outcome = () => waitFor('the import to end', () => page.evaluate(() => window.__outcome), { timeout: 120_000 });

        // How long the worker takes over a whole import here (from the message being sent, not counting the
        // driver handing 12 MB to the page), only to choose when to stop the next ones.
        await start(text);
        let t0 = Date.now();
        assert.equal(await outcome(), 'imported');
        const whole = Date.now() - t0;
        assert.deepEqual(await s.inExtension(ids), complete);

        const results = [];
        // Parsing and checking the file come first, the writes last: the later stops are meant for the writes.
        for (const fraction of [0.5, 0.7, 0.8, 0.9, 0.95]) {
          await s.inExtension(send, ['deleteEverything', { confirmation: 'delete everything' }]);
          await s.inExtension(saveNotes, original);
          await start(text);
          t0 = Date.now();
          await new Promise((r) => setTimeout(r, whole * fraction));
          await stopWorkers(s, page.page);
          const stoppedAt = Date.now() - t0;
          const ended = await outcome();
          const after = await s.inExtension(ids);
          results.push({ fraction, stoppedAt, ended, notes: after.length });
          // All or nothing: the notes from before and none of the file, or (stopped after the commit, perhaps
          // before the answer) all of it. Never a part.
          if (ended === 'imported') assert.deepEqual(after, complete);
          else if (after.length !== before.length) assert.deepEqual(after, complete, `stopped at ${stoppedAt} ms of ${whole}: ${ended}, ${after.length} notes`);
          else assert.deepEqual(after, before, `stopped at ${stoppedAt} ms of ${whole}: ${ended}`);
        }
        console.log(`${name}: whole import ${whole} ms; stops: ${JSON.stringify(results)}`);
        assert.ok(results.some((r) => r.notes === before.length), 'at least one stop cut an import off before its commit');
        await page.close();
      });
    }
  });
}
