/**
 * The viewer's toolbar: page number and navigation, zoom, find, outline, print, download and the links
 * out. Plain DOM over the markup in viewer.html; every label comes from messages.json.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { EventBus, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import { t, type MessageKey } from '../shared/i18n';
import { fileNameOf, originalAddress } from './address';
import { showOutline } from './outline';
import { printDocument } from './print';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const ZOOMS: ReadonlyArray<[string, MessageKey | null]> = [
  ['page-width', 'pdfZoomPageWidth'], ['page-fit', 'pdfZoomPageFit'], ['auto', 'pdfZoomAuto'],
  ['0.5', null], ['0.75', null], ['1', null], ['1.25', null], ['1.5', null], ['2', null], ['3', null],
];

/** What the toolbar works with. */
export interface ToolbarParts {
  readonly eventBus: EventBus;
  readonly viewer: PDFViewer;
  readonly linkService: PDFLinkService;
  /** Opens a file the reader chose from their computer. */
  readonly open: (file: File) => void;
}

function label(id: string, key: MessageKey, text = true): HTMLElement {
  const el = $(id);
  if (text) el.textContent = t(key);
  else el.setAttribute('aria-label', t(key));
  return el;
}

/** Wires the toolbar; `documentOpened` is called with each document shown. */
export function startToolbar({ eventBus, viewer, linkService, open }: ToolbarParts): { documentOpened(doc: { pdf: PDFDocumentProxy; url: string | null; name: string }): void } {
  $('toolbar').setAttribute('aria-label', t('pdfToolbar'));
  // The page's one heading, for screen readers: the document's name once one is open.
  $('document-name').textContent = t('pdfViewerTitle');
  label('previous-page', 'pdfPreviousPage').addEventListener('click', () => viewer.previousPage());
  label('next-page', 'pdfNextPage').addEventListener('click', () => viewer.nextPage());
  label('page-label', 'pdfPageLabel');
  const pageInput = $<HTMLInputElement>('page-number');
  const goToTyped = (): void => {
    const n = Number(pageInput.value);
    if (Number.isInteger(n) && n >= 1 && n <= viewer.pagesCount) linkService.page = n;
    else pageInput.value = String(viewer.currentPageNumber);
  };
  pageInput.addEventListener('change', goToTyped);
  // Enter goes to the typed page at once (a number box fires change only when it loses the focus in some browsers).
  pageInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') goToTyped();
  });
  // pdf.js tells only of a change of page: show the first page's number as soon as the pages are laid out.
  eventBus.on('pagesinit', () => { pageInput.value = String(viewer.currentPageNumber); });
  eventBus.on('pagechanging', ({ pageNumber }: { pageNumber: number }) => {
    pageInput.value = String(pageNumber);
    // The page in the address, so a reload or a shared link opens here (the file stays in the query).
    history.replaceState(null, '', `${location.pathname}${location.search}#page=${pageNumber}`);
  });

  label('zoom-out', 'pdfZoomOut').addEventListener('click', () => viewer.decreaseScale());
  label('zoom-in', 'pdfZoomIn').addEventListener('click', () => viewer.increaseScale());
  label('zoom-label', 'pdfZoom');
  const zoom = $<HTMLSelectElement>('zoom');
  for (const [value, key] of ZOOMS) zoom.add(new Option(key === null ? t('pdfZoomPercent', Math.round(Number(value) * 100)) : t(key), value));
  const custom = new Option('', 'custom');
  custom.hidden = true;
  zoom.add(custom);
  zoom.addEventListener('change', () => { viewer.currentScaleValue = zoom.value; });
  eventBus.on('scalechanging', ({ scale, presetValue }: { scale: number; presetValue?: string }) => {
    if (presetValue !== undefined && ZOOMS.some(([v]) => v === presetValue)) zoom.value = presetValue;
    else if (ZOOMS.some(([v]) => Number(v) === scale)) zoom.value = String(scale);
    else {
      custom.textContent = t('pdfZoomPercent', Math.round(scale * 100));
      zoom.value = 'custom';
    }
  });

  const find = label('find-label', 'pdfFind') && $<HTMLInputElement>('find');
  find.placeholder = t('pdfFindPlaceholder');
  const result = $('find-result');
  const search = (type: string, findPrevious = false): void => {
    eventBus.dispatch('find', { source: null, type, query: find.value, caseSensitive: false, entireWord: false, highlightAll: true, findPrevious, matchDiacritics: false });
  };
  find.addEventListener('input', () => search(''));
  find.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') search('again', e.shiftKey);
  });
  label('find-previous', 'pdfFindPrevious').addEventListener('click', () => search('again', true));
  label('find-next', 'pdfFindNext').addEventListener('click', () => search('again'));
  eventBus.on('updatefindmatchescount', ({ matchesCount }: { matchesCount: { current: number; total: number } }) => {
    result.textContent = find.value === '' ? '' : matchesCount.total === 0 ? t('pdfFindNone') : t('pdfFindCount', matchesCount.current, matchesCount.total);
  });
  eventBus.on('updatefindcontrolstate', ({ state, matchesCount }: { state: number; matchesCount: { current: number; total: number } }) => {
    // FindState.NOT_FOUND is 1.
    if (state === 1 && find.value !== '') result.textContent = t('pdfFindNone');
    else if (matchesCount.total > 0) result.textContent = t('pdfFindCount', matchesCount.current, matchesCount.total);
  });

  const print = label('print', 'pdfPrint') as HTMLButtonElement;
  const download = label('download', 'pdfDownload') as HTMLAnchorElement;
  const original = label('original', 'pdfOpenOriginal') as HTMLAnchorElement;
  label('open-file-text', 'pdfOpenFile');
  const fileInput = $<HTMLInputElement>('open-file');
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) open(file);
    fileInput.value = '';
  });
  print.disabled = true;
  download.hidden = true;
  original.hidden = true;

  let current: { pdf: PDFDocumentProxy; url: string | null; name: string } | null = null;
  print.addEventListener('click', () => { if (current) void printDocument(current.pdf); });
  download.addEventListener('click', (e) => {
    if (current === null) return;
    e.preventDefault();
    const { pdf, url, name } = current;
    void pdf.getData().then((bytes) => {
      const href = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      const a = document.createElement('a');
      a.href = href;
      a.download = url === null ? name : fileNameOf(url);
      a.click();
      setTimeout(() => URL.revokeObjectURL(href), 60_000);
    });
  });

  return {
    documentOpened(doc) {
      current = doc;
      $('document-name').textContent = doc.name;
      print.disabled = false;
      download.hidden = false;
      download.href = doc.url ?? '';
      original.hidden = doc.url === null;
      if (doc.url !== null) original.href = originalAddress(doc.url);
      $('page-count').textContent = t('pdfPageCount', doc.pdf.numPages);
      pageInput.max = String(doc.pdf.numPages);
      void showOutline(doc.pdf, linkService, $('outline'), $('outline-toggle'));
    },
  };
}
