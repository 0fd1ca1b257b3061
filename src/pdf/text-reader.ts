/**
 * The one reader of a PDF's text, shared by everything that reads the whole document (the lens's term index,
 * the notes' anchoring, the viewer's check for a scanned file): each page's text content is asked of pdf.js's
 * worker once, as the text layer asks for it (unnormalised: a ligature is the same character in both), turned
 * into pieces and joined as a text layer is (core/pdf-anchoring), and kept as one string per page. A lens
 * started again (new settings, the site switched back on) reads the kept text, not the worker.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { joinPage, piecesOfItems, type PdfTextItem } from '../core/pdf-anchoring';

/** What the reader needs of a pdf.js document (a test seam). */
export type PdfSource = Pick<PDFDocumentProxy, 'numPages' | 'getPage'>;

/** Pages asked of the worker ahead of the one a reader waits for, so the worker keeps busy between idle tasks. */
const AHEAD = 6;

/** Each page's joined text, read once. */
export interface PdfTextReader {
  readonly numPages: number;
  /** A page's text (from 1) when it has arrived, else undefined. */
  arrived(page: number): string | undefined;
  /**
   * A page's text, asking for it (and a few pages after it) when not asked yet; '' for a page whose text cannot
   * be read (pdf.js failed on it); undefined when `signal` aborts first.
   */
  page(page: number, signal?: AbortSignal): Promise<string | undefined>;
  /** Every page's text in order; undefined when `signal` aborts first. */
  all(signal: AbortSignal): Promise<string[] | undefined>;
}

/** The text of a page as its text layer shows it, joined (core/pdf-anchoring's joinPage). */
async function readPage(pdf: PdfSource, n: number): Promise<string> {
  const content = await (await pdf.getPage(n)).getTextContent({ disableNormalization: true });
  return joinPage(piecesOfItems(content.items as readonly PdfTextItem[])).text;
}

/** Resolves with `promise`, or undefined as soon as `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T | undefined> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const stop = (): void => resolve(undefined);
    signal.addEventListener('abort', stop, { once: true });
    void promise.then((value) => {
      signal.removeEventListener('abort', stop);
      resolve(value);
    });
  });
}

/** Makes a reader of one document (see textOf). */
export function createTextReader(pdf: PdfSource): PdfTextReader {
  const texts = new Map<number, string>();
  const asked = new Map<number, Promise<string>>();
  const ask = (n: number): Promise<string> => {
    let p = asked.get(n);
    if (p === undefined) {
      p = readPage(pdf, n).catch(() => '').then((text) => {
        texts.set(n, text);
        return text;
      });
      asked.set(n, p);
    }
    return p;
  };
  const reader: PdfTextReader = {
    numPages: pdf.numPages,
    arrived: (n) => texts.get(n),
    page(n, signal) {
      if (n < 1 || n > pdf.numPages) return Promise.resolve('');
      for (let k = n + 1; k <= Math.min(pdf.numPages, n + AHEAD); k++) void ask(k);
      const known = texts.get(n);
      return known !== undefined && signal?.aborted !== true ? Promise.resolve(known) : untilAborted(ask(n), signal);
    },
    async all(signal) {
      const pages: string[] = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const text = await reader.page(n, signal);
        if (text === undefined) return undefined;
        pages.push(text);
      }
      return pages;
    },
  };
  return reader;
}

// One reader per open document; it goes when pdf.js's document object does.
const readers = new WeakMap<PdfSource, PdfTextReader>();

/** The shared reader of a document's text. */
export function textOf(pdf: PdfSource): PdfTextReader {
  let reader = readers.get(pdf);
  if (reader === undefined) {
    reader = createTextReader(pdf);
    readers.set(pdf, reader);
  }
  return reader;
}
