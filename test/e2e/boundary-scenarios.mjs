// The background's boundary in a real browser: a content script (code the extension runs in a web page's tab)
// may make only the calls a page needs. Whatever reaches all the reader's data answers it with a coded refusal.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEMO_URL } from './support/fixtures.mjs';

/**
 * Runs in an extension page: makes a call from the content-script world of the tab showing `url` (a script
 * the extension injects there runs as its content scripts do) and gives back the background's reply.
 */
const callFromTab = async ([url, name, args]) => {
  const api = globalThis.browser ?? globalThis.chrome;
  const [tab] = await api.tabs.query({ url });
  const [injection] = await api.scripting.executeScript({
    target: { tabId: tab.id },
    func: (n, a) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ probationLens: n, args: a }),
    args: [name, args],
  });
  return injection.result;
};

/** Registers the boundary suite for one browser. */
export function boundarySuite(name, launch) {
  describe(`${name}: who may call what`, { timeout: 240_000 }, () => {
    let s;
    before(async () => {
      s = await launch();
      await s.goto(DEMO_URL);
    });
    after(async () => {
      await s?.close();
    });

    it('boundary: a content script that asks for exportData gets a coded refusal, and the options page gets the file', async () => {
      const refused = await s.inExtension(callFromTab, [DEMO_URL, 'exportData', { format: 'backup' }]);
      assert.equal(refused?.code, 'not-allowed', JSON.stringify(refused));
      assert.equal(refused.ok, undefined);
      for (const call of [['listNotes', {}], ['deleteEverything', { confirmation: 'delete everything' }], ['setDisplaySettings', { highlightStyle: 'background' }]]) {
        assert.equal((await s.inExtension(callFromTab, [DEMO_URL, ...call]))?.code, 'not-allowed', call[0]);
      }
      // The same tab may make the calls its page needs.
      assert.deepEqual((await s.inExtension(callFromTab, [DEMO_URL, 'getSiteState', { host: 'www.gov.uk' }]))?.ok, { host: 'www.gov.uk', enabled: true, notes: true });
      const allowed = await s.inExtension(([n, a]) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ probationLens: n, args: a }), ['exportData', { format: 'backup' }]);
      assert.equal(JSON.parse(allowed.ok.text).format, 'probation-lens-backup');
    });

    it('boundary: a content script whose call breaks its schema gets bad-request naming the field', async () => {
      const reply = await s.inExtension(callFromTab, [DEMO_URL, 'notesForPage', { source: 'https://www.gov.uk/x', contentId: 42 }]);
      assert.equal(reply?.code, 'bad-request');
      assert.equal(reply.field, 'contentId');
    });
  });
}
