// `npm start` on a machine without a display: a plain message without --headless, screenshots with it, in both browsers.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const { DISPLAY: _x, WAYLAND_DISPLAY: _w, ...NO_DISPLAY } = process.env;

/** Runs scripts/start.mjs without a display; resolves with its exit code and output, whatever the code. */
async function start(...args) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/start.mjs', ...args], { env: NO_DISPLAY, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

for (const { name, flags } of [{ name: 'chromium', flags: /** @type {string[]} */ ([]) }, { name: 'firefox', flags: ['--firefox'] }]) {
  describe(`npm start without a display (${name})`, () => {
    it('explains there is no display and offers --headless, with no stack trace', async () => {
      const { code, stdout, stderr } = await start(...flags);
      assert.notEqual(code, 0);
      assert.match(stderr, /There is no display here/);
      assert.match(stderr, new RegExp(`npm start -- ${flags.map((f) => `${f} `).join('')}--headless`));
      assert.doesNotMatch(stdout + stderr, /\n\s+at .+:\d+:\d+/, 'no stack trace');
    });

    it('with --headless shows a card, the popup and the options page, and prints the screenshots it saved', async () => {
      for (const shot of ['card', 'popup', 'options']) rmSync(`start-screenshots/${name}-${shot}.png`, { force: true });
      const { code, stdout, stderr } = await start(...flags, '--headless');
      assert.equal(code, 0, stderr);
      const paths = [...stdout.matchAll(/^\s+(\/\S+\.png)$/gm)].map((m) => m[1]);
      assert.deepEqual(paths.map((p) => p.split('/').at(-1)), [`${name}-card.png`, `${name}-popup.png`, `${name}-options.png`]);
      for (const path of paths) {
        assert.ok(existsSync(path), `${path} exists`);
        const bytes = readFileSync(path);
        assert.ok(bytes.length > 1000 && bytes.subarray(0, 8).equals(PNG), `${path} is a PNG`);
      }
    });
  });
}
