/**
 * The lens's life in the viewer, and the viewer's side of its link to the popup and the background. Each
 * document opened gets the page lens's lifecycle (src/content/lifecycle.ts): on when its site is on (a file
 * from this computer always), started again when the reader's terms or the display settings change, stopped
 * when the popup switches the site off. The viewer answers, for its tab, the calls a content script answers
 * for a web page (ViewerCalls): the popup's This page list and its jumps, the keyboard commands, and the
 * changes every tab hears.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { EventBus } from 'pdfjs-dist/web/pdf_viewer.mjs';
import { BUILTIN } from '../core/builtin';
import { DEFAULT_DISPLAY_SETTINGS, normaliseDisplaySettings } from '../core/display-settings';
import { layeredGlossary } from '../core/layers';
import type { LensParts } from '../content/lens';
import { Lifecycle } from '../content/lifecycle';
import browser from '../shared/browser';
import { callBackground, handleViewerCalls } from '../shared/messaging';
import { startPdfLens, type PdfLens } from './lens';

/** The lens the lifecycle runs in the viewer: the PDF lens when jargon is on, else one that does nothing. */
type ViewerLens = PdfLens & { readonly parts: LensParts };

/** What runs when the site's highlighting is off (the PDF's notes are their own part, src/pdf/notes*.ts). */
const idle = (parts: LensParts): ViewerLens => ({
  parts, step: () => Promise.resolve(), showTerm: () => Promise.resolve(false), summary: () => Promise.resolve({ enabled: false, terms: [] }), stop: () => undefined,
});

/** What the viewer hands the lens. */
export interface ViewerLensDeps {
  readonly doc: Document;
  readonly eventBus: EventBus;
  /** Turns the viewer to a page. */
  readonly goToPage: (page: number) => void;
  /**
   * Told whether the document's notes are shown, once the lifecycle has settled after the document opened and
   * after each change of the site's switches: the notes follow the site's "hide my notes" as on its web pages.
   */
  readonly notesShown?: (shown: boolean) => void;
}

/** Starts the link; `documentOpened` starts the lens on each document shown, `stop` ends everything. */
export function startViewerLens(deps: ViewerLensDeps): { documentOpened(opened: { pdf: PDFDocumentProxy; url: string | null }): void; stop(): void } {
  const stopped = new AbortController();
  let life: Lifecycle<ViewerLens> | null = null;
  // The host of the document on show, whose site switch applies; null for a file from this computer.
  let host: string | null = null;
  let tabId: number | undefined;
  browser.tabs.getCurrent().then((tab) => { tabId = tab?.id; }, () => undefined);

  /** Tells the notes what the site's switches say, once `l` has settled on them (and is still the document's). */
  const tellNotes = (l: Lifecycle<ViewerLens>): void => {
    void l.settled().then(() => {
      if (life === l && !stopped.signal.aborted) deps.notesShown?.(l.siteParts?.notes ?? false);
    });
  };

  handleViewerCalls(() => tabId, {
    siteStateChanged: (args) => {
      if (host === null || args.host !== host || life === null) return;
      void life.siteStateChanged({ jargon: args.enabled, notes: args.notes });
      tellNotes(life);
    },
    stepTerm: (args) => life?.lens?.step(args.direction),
    // Answered once the lens is what the latest news asks for, so a viewer still starting never says "off".
    pageSummary: async () => {
      await life?.settled();
      return life?.lens?.summary() ?? { enabled: false, terms: [] };
    },
    showTerm: (args) => life?.lens?.showTerm(args.term) ?? false,
    glossaryChanged: () => { void life?.glossaryChanged(); },
    displaySettingsChanged: (args) => { void life?.displaySettingsChanged(normaliseDisplaySettings(args)); },
  }, stopped.signal);

  return {
    documentOpened({ pdf, url }) {
      life?.stop();
      if (stopped.signal.aborted) return;
      const site = url === null ? null : new URL(url).host;
      host = site;
      life = new Lifecycle<ViewerLens>({
        // Nothing kept for the viewer in storage: it asks.
        readStart: () => Promise.resolve(null),
        siteState: () => (site === null ? Promise.resolve({ jargon: true, notes: true }) : callBackground('getSiteState', { host: site }).then((s) => ({ jargon: s.enabled, notes: s.notes }))),
        displaySettings: () => callBackground('getDisplaySettings', {}).then(normaliseDisplaySettings, () => DEFAULT_DISPLAY_SETTINGS),
        personalTerms: () => callBackground('personalGlossary', {}),
        teamTerms: () => callBackground('teamGlossary', {}),
        parsed: () => Promise.resolve(),
        prepare: (personal, display, team) => {
          const layers = layeredGlossary(BUILTIN, team, personal);
          return (parts) => (!parts.jargon ? idle(parts) : Object.assign(startPdfLens({
            doc: deps.doc, eventBus: deps.eventBus, pdf, display, goToPage: deps.goToPage,
            glossary: layers.glossary, personalFrom: layers.personalFrom, teamFrom: layers.teamFrom,
            addDefinition: (term) => void callBackground('openAddTerm', { term }).catch(() => undefined),
          }), { parts }));
        },
      });
      void life.begin();
      tellNotes(life);
    },
    stop() {
      stopped.abort();
      life?.stop();
      life = null;
    },
  };
}
