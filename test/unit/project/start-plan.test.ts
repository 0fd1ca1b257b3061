/** `npm start`'s decision from its arguments and the display: which browser, headless or not, or a plain message. */
import { describe, expect, it } from 'vitest';
import { planStart } from '../../../scripts/start-plan.mjs';

const X11 = { DISPLAY: ':0' };
const WAYLAND = { WAYLAND_DISPLAY: 'wayland-0' };
const NONE = {};

describe('planStart', () => {
  it('opens a Chromium window where there is a display (X11 or Wayland)', () => {
    expect(planStart([], X11, 'linux')).toEqual({ browser: 'chromium', headless: false });
    expect(planStart([], WAYLAND, 'linux')).toEqual({ browser: 'chromium', headless: false });
  });

  it('opens a Firefox window with --firefox', () => {
    expect(planStart(['--firefox'], X11, 'linux')).toEqual({ browser: 'firefox', headless: false });
  });

  it('explains, and offers --headless, when Linux has no display', () => {
    const plan = planStart([], NONE, 'linux');
    expect(plan).toMatchObject({ exitCode: 1 });
    expect('message' in plan && plan.message).toMatch(/no display.*\n.*`npm start -- --headless`/s);
    const firefox = planStart(['--firefox'], { DISPLAY: '' }, 'linux');
    expect('message' in firefox && firefox.message).toMatch(/Firefox cannot open a window.*`npm start -- --firefox --headless`/s);
  });

  it('runs headless, in either browser, without a display', () => {
    expect(planStart(['--headless'], NONE, 'linux')).toEqual({ browser: 'chromium', headless: true });
    expect(planStart(['--firefox', '--headless'], NONE, 'linux')).toEqual({ browser: 'firefox', headless: true });
    expect(planStart(['--headless', '--firefox'], X11, 'linux')).toEqual({ browser: 'firefox', headless: true });
  });

  it('needs no DISPLAY on Windows or macOS', () => {
    expect(planStart([], NONE, 'win32')).toEqual({ browser: 'chromium', headless: false });
    expect(planStart([], NONE, 'darwin')).toEqual({ browser: 'chromium', headless: false });
  });

  it('refuses an unknown option with the usage, and prints the usage for --help', () => {
    const plan = planStart(['--chrome'], X11, 'linux');
    expect(plan).toMatchObject({ exitCode: 2 });
    expect('message' in plan && plan.message).toMatch(/Unknown option --chrome\.\nUsage: npm start/);
    expect(planStart(['--help'], NONE, 'linux')).toMatchObject({ exitCode: 0, message: expect.stringMatching(/^Usage/) });
  });
});
