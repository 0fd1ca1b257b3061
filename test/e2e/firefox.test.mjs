import { boundarySuite } from './boundary-scenarios.mjs';
import { dataSuite } from './data-scenarios.mjs';
import { hostileSuite } from './hostile-scenarios.mjs';
import { manyNotesSuite, notesSuite } from './notes-scenarios.mjs';
import { optionsSuite } from './options-scenarios.mjs';
import { popupSuite } from './popup-scenarios.mjs';
import { browserSuite } from './scenarios.mjs';
import { sitesSuite } from './sites-scenarios.mjs';
import { launchFirefox } from './support/firefox.mjs';

browserSuite('firefox', launchFirefox);
notesSuite('firefox', launchFirefox);
manyNotesSuite('firefox', launchFirefox);
popupSuite('firefox', launchFirefox);
optionsSuite('firefox', launchFirefox);
sitesSuite('firefox', launchFirefox, { grantSite: (s, origin) => s.grantSite(origin) });
dataSuite('firefox', launchFirefox);
hostileSuite('firefox', launchFirefox);
boundarySuite('firefox', launchFirefox);
