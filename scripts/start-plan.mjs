// What `npm start` should do, decided from its arguments and the environment alone (no side effects), so it is unit-tested.

export const USAGE = [
  'Usage: npm start [-- [--headless] [--firefox]]',
  '  (no option)  open Chromium with Probation Lens on the bundled demo policy page',
  '  --headless   no window: show a card, open the popup and the options page, save screenshots and print their paths',
  '  --firefox    use Firefox ESR instead of Chromium (with a display, or with --headless)',
].join('\n');

/**
 * @param {string[]} args the arguments after `npm start --`
 * @param {Record<string, string | undefined>} env the environment (DISPLAY, WAYLAND_DISPLAY)
 * @param {string} platform process.platform
 * @returns {{ browser: 'chromium' | 'firefox', headless: boolean } | { exitCode: number, message: string }}
 */
export function planStart(args, env, platform) {
  if (args.includes('--help') || args.includes('-h')) return { exitCode: 0, message: USAGE };
  const unknown = args.filter((a) => a !== '--headless' && a !== '--firefox');
  if (unknown.length > 0) return { exitCode: 2, message: `Unknown option ${unknown.join(' ')}.\n${USAGE}` };
  const browser = args.includes('--firefox') ? 'firefox' : 'chromium';
  const headless = args.includes('--headless');
  // Only Linux (and the other X11/Wayland systems) can lack a display; Windows and macOS always have one.
  const noDisplay = platform !== 'win32' && platform !== 'darwin' && !env.DISPLAY && !env.WAYLAND_DISPLAY;
  if (!headless && noDisplay) {
    const name = browser === 'firefox' ? 'Firefox' : 'Chromium';
    const retry = browser === 'firefox' ? 'npm start -- --firefox --headless' : 'npm start -- --headless';
    return {
      exitCode: 1,
      message: `There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so ${name} cannot open a window.\n`
        + `Try \`${retry}\`: it opens the demo page without a window, shows a card, the popup and the options page,\n`
        + 'and saves screenshots of them to a folder.',
    };
  }
  return { browser, headless };
}
