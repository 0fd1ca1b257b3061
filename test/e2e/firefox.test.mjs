import { browserSuite } from './scenarios.mjs';
import { launchFirefox } from './support/firefox.mjs';

browserSuite('firefox', launchFirefox);
