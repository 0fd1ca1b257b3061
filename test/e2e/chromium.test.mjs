import { boundarySuite } from './boundary-scenarios.mjs';
import { dataSuite, stopChromiumWorkers } from './data-scenarios.mjs';
import { hostileSuite } from './hostile-scenarios.mjs';
import { caseDataOptionsSuite } from './case-data-options-scenarios.mjs';
import { caseDataSuite, eavesdropperSuite, manyNotesSuite, notesSuite } from './notes-scenarios.mjs';
import { optionsSuite } from './options-scenarios.mjs';
import { policySuite } from './policy-scenarios.mjs';
import { welcomeSuite } from './welcome-scenarios.mjs';
import { pdfSuite } from './pdf-scenarios.mjs';
import { pdfSitesSuite } from './pdf-sites-scenarios.mjs';
import { pdfLensSuite } from './pdf-lens-scenarios.mjs';
import { pdfNotesSuite } from './pdf-notes-scenarios.mjs';
import { pdfUiSuite } from './pdf-ui-scenarios.mjs';
import { popupSuite } from './popup-scenarios.mjs';
import { browserSuite } from './scenarios.mjs';
import { sitesSuite } from './sites-scenarios.mjs';
import { launchChromium } from './support/chromium.mjs';
import { chromiumPolicy } from './support/policy.mjs';

browserSuite('chromium', launchChromium);
notesSuite('chromium', launchChromium);
caseDataSuite('chromium', launchChromium);
caseDataOptionsSuite('chromium', launchChromium);
eavesdropperSuite('chromium', launchChromium);
manyNotesSuite('chromium', launchChromium);
popupSuite('chromium', launchChromium);
optionsSuite('chromium', launchChromium);
// No driver answers Chromium's permission prompt, so only the refusals are tested there.
sitesSuite('chromium', launchChromium);
dataSuite('chromium', launchChromium, { stopWorkers: stopChromiumWorkers });
hostileSuite('chromium', launchChromium);
boundarySuite('chromium', launchChromium);
welcomeSuite('chromium', launchChromium);
// No driver answers Chromium's permission prompt; Chromium re-reads its policy folder while it runs.
policySuite('chromium', { policy: chromiumPolicy, launch: (p) => launchChromium({ extension: p.extension }), live: true });
pdfSuite('chromium', launchChromium);
pdfLensSuite('chromium', launchChromium);
pdfNotesSuite('chromium', launchChromium);
pdfUiSuite('chromium', launchChromium);
// Chromium's permission prompt has no driver either: the suite grants its site across a browser restart.
pdfSitesSuite('chromium', launchChromium, { grantSite: (s, origin) => s.grantSiteAtRestart(origin) });
