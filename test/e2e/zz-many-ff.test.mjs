import { manyNotesSuite } from './notes-scenarios.mjs';
import { launchFirefox } from './support/firefox.mjs';
manyNotesSuite('firefox', launchFirefox);
