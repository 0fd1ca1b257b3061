import { boundarySuite } from './boundary-scenarios.mjs';
import { dataSuite } from './data-scenarios.mjs';
import { hostileSuite } from './hostile-scenarios.mjs';
import { caseDataSuite, eavesdropperSuite, manyNotesSuite, notesSuite } from './notes-scenarios.mjs';
import { optionsSuite } from './options-scenarios.mjs';
import { policySuite } from './policy-scenarios.mjs';
import { welcomeSuite } from './welcome-scenarios.mjs';
import { pdfSuite } from './pdf-scenarios.mjs';
import { popupSuite } from './popup-scenarios.mjs';
import { browserSuite } from './scenarios.mjs';
import { sitesSuite } from './sites-scenarios.mjs';
import { launchFirefox } from './support/firefox.mjs';
import { firefoxPolicy } from './support/policy.mjs';

browserSuite('firefox', launchFirefox);
notesSuite('firefox', launchFirefox);
caseDataSuite('firefox', launchFirefox);
eavesdropperSuite('firefox', launchFirefox);
manyNotesSuite('firefox', launchFirefox);
popupSuite('firefox', launchFirefox);
optionsSuite('firefox', launchFirefox);
sitesSuite('firefox', launchFirefox, { grantSite: (s, origin) => s.grantSite(origin) });
dataSuite('firefox', launchFirefox);
hostileSuite('firefox', launchFirefox);
boundarySuite('firefox', launchFirefox);
welcomeSuite('firefox', launchFirefox);
// Firefox reads policies.json once, at start; with its prompts off it grants the recommended sites in the click.
policySuite('firefox', { policy: firefoxPolicy, launch: (p) => launchFirefox({ prefs: p.prefs, env: p.env }), grants: true });
pdfSuite('firefox', launchFirefox);
