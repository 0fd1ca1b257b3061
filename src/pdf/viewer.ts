/**
 * The PDF viewer page: pdf.js (pdfjs-dist, bundled with its worker and data files) shows the document the
 * redirect named, or one the reader opened from their computer; the lens then reads its text layers.
 * It fetches nothing but that document: before anything is fetched, the page's connect-src is narrowed to its
 * origin (src/pdf/document-access.ts).
 */
import * as pdfjs from 'pdfjs-dist';
import { EventBus, LinkTarget, PDFFindController, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import { t } from '../shared/i18n';
import { startViewerLens } from './viewer-lens';
import { notesForDocuments } from './notes';
import { languageTag } from '../ui/labels';
import { connectSource, fileNameOf, httpsOrigin, originalAddress, readViewerRequest } from './address';
import { limitConnections, permittedRequest } from './document-access';
import { looksLikeHtml } from './document-request';
import { failureOf, type Failure } from './failure';
import { startToolbar } from './toolbar';
import { showFailure, showMessage } from './messages';

pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdf-worker.mjs', import.meta.url).href;

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const container = $<HTMLDivElement>('viewerContainer');

const eventBus = new EventBus();
const linkService = new PDFLinkService({ eventBus, externalLinkTarget: LinkTarget.BLANK });
const findController = new PDFFindController({ eventBus, linkService });
const viewer = new PDFViewer({ container, viewer: $<HTMLDivElement>('viewer'), eventBus, linkService, findController, textLayerMode: 1 });
linkService.setViewer(viewer);

/** The document on show, for the lens and the toolbar. */
export interface OpenDocument {
  readonly pdf: pdfjs.PDFDocumentProxy;
  /** Its web address, or null for a file from this computer. */
  readonly url: string | null;
  readonly name: string;
}

// Parts that work on each document opened (the lens); told after the viewer has it.
const listeners: Array<(doc: OpenDocument) => void> = [];

// Notes on the document on show (src/pdf/notes.ts), shown as the site's switch says (told by the lens's lifecycle).
const notes = notesForDocuments(document, eventBus);
listeners.push((opened) => notes.documentOpened(opened));

// The lens on the document on show, and the viewer's link to the popup and the background (viewer-lens.ts).
const lens = startViewerLens({ doc: document, eventBus, goToPage: (page) => { viewer.currentPageNumber = page; }, notesShown: (on) => notes.shown(on) });
listeners.push((opened) => lens.documentOpened(opened));

const toolbar = startToolbar({ eventBus, viewer, linkService, open: (file) => void openFile(file) });
let loading: pdfjs.PDFDocumentLoadingTask | null = null;

const assets = (dir: string): string => new URL(`${dir}/`, import.meta.url).href;
const PDF_OPTIONS = {
  cMapUrl: assets('cmaps'), cMapPacked: true, standardFontDataUrl: assets('standard_fonts'), wasmUrl: assets('wasm'), iccUrl: assets('iccs'),
  // Scripts inside a document are never run; nothing but the document is fetched.
  enableScripting: false, isEvalSupported: false, useSystemFonts: false,
};

/** Opens a document; a later call wins over an earlier one still loading. */
async function open(source: { url: string } | { data: Uint8Array }, url: string | null, name: string, page: number | null): Promise<void> {
  await loading?.destroy();
  showMessage(null);
  const task = pdfjs.getDocument({ ...PDF_OPTIONS, ...source });
  loading = task;
  let pdf: pdfjs.PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (error) {
    if (loading !== task) return;
    const failure = await failureOf(error, () => looksLikeHtml(url));
    return showFailure(failure, url);
  }
  if (loading !== task) return;
  eventBus.on('pagesinit', () => {
    viewer.currentScaleValue = 'page-width';
    if (page !== null) linkService.page = page;
  }, { once: true });
  viewer.setDocument(pdf);
  linkService.setDocument(pdf);
  document.title = t('pdfTitle', name);
  toolbar.documentOpened({ pdf, url, name });
  for (const hear of listeners) hear({ pdf, url, name });
  // A scan without OCR has pages but no text: say so rather than leave the reader wondering.
  if (!(await hasText(pdf)) && loading === task) showMessage(t('pdfNoText'), url === null ? undefined : { href: originalAddress(url), text: t('pdfOpenOriginal') });
}

/** Whether any of the first pages has text (a scanned document has none). */
async function hasText(pdf: pdfjs.PDFDocumentProxy): Promise<boolean> {
  for (let n = 1; n <= Math.min(3, pdf.numPages); n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    if (content.items.some((item) => 'str' in item && item.str.trim() !== '')) return true;
  }
  return false;
}

async function openFile(file: File): Promise<void> {
  const data = new Uint8Array(await file.arrayBuffer());
  history.replaceState(null, '', location.pathname);
  await open({ data }, null, file.name, null);
}

document.documentElement.lang = languageTag();
document.title = t('pdfViewerTitle');
void permittedRequest(readViewerRequest(location.search, location.hash)).then((request) => {
  limitConnections(document, connectSource(request));
  if (request.kind === 'remote' || request.kind === 'added') return open({ url: request.url }, request.url, fileNameOf(request.url), request.page);
  if (request.kind === 'refused') return showFailure('refused' satisfies Failure, httpsOrigin(request.url) === undefined ? null : request.url);
  return showMessage(t('pdfChooseFile'));
});
