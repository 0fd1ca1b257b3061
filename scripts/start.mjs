// `npm start`: opens a browser with the built extension on the bundled demo policy page (see README, "Two commands").
//   npm start                          Chromium, in a window
//   npm start -- --headless            no window: a card, the popup and the options page, saved as screenshots
//   npm start -- --firefox [--headless] the same in Firefox ESR
import { planStart } from './start-plan.mjs';

const plan = planStart(process.argv.slice(2), process.env, process.platform);
if ('message' in plan) {
  (plan.exitCode === 0 ? console.log : console.error)(plan.message);
  process.exit(plan.exitCode);
}
try {
  if (plan.headless) {
    const { tour } = await import('./start-tour.mjs');
    const paths = await tour(plan.browser);
    console.log(`Probation Lens in ${plan.browser === 'firefox' ? 'Firefox ESR' : 'Chromium'}, without a window. Screenshots:`);
    for (const path of paths) console.log(`  ${path}`);
  } else {
    const { openWindow } = await import('./start-window.mjs');
    await openWindow(plan.browser);
  }
} catch (error) {
  // A plain sentence, not a stack trace: a missing browser or build is the usual cause, and its message says so.
  console.error(`npm start could not finish: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
