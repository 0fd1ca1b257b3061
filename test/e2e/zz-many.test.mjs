import { manyNotesSuite } from './notes-scenarios.mjs';
import { launchChromium } from './support/chromium.mjs';
manyNotesSuite('chromium', launchChromium);
