import { manyNotesSuite, notesSuite } from './notes-scenarios.mjs';
import { browserSuite } from './scenarios.mjs';
import { launchFirefox } from './support/firefox.mjs';

browserSuite('firefox', launchFirefox);
notesSuite('firefox', launchFirefox);
manyNotesSuite('firefox', launchFirefox);
