/**
 * Printing the whole document: the viewer only keeps the pages near the view, so each page is rendered
 * afresh at print resolution into an image in a print-only container, then the browser's print dialog opens.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';

// 150 dpi: sharp on paper, and a 220-page document stays within memory.
const PRINT_SCALE = 150 / 72;

/** Renders every page into #print-pages, prints, and empties it again. */
export async function printDocument(pdf: PDFDocumentProxy): Promise<void> {
  const holder = document.createElement('div');
  holder.id = 'print-pages';
  document.body.append(holder);
  // Paper the size of the document's first page, without margins, as pdf.js's own viewer prints: each page
  // image then fills one sheet (viewer.css also keeps an image within one sheet of any other paper).
  const first = (await pdf.getPage(1)).getViewport({ scale: 1 });
  const paper = document.createElement('style');
  paper.textContent = `@page { size: ${Math.round(first.width)}pt ${Math.round(first.height)}pt; margin: 0; }`;
  document.head.append(paper);
  const urls: string[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: PRINT_SCALE });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport, intent: 'print' }).promise;
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve));
      if (blob === null) continue;
      const img = document.createElement('img');
      const url = URL.createObjectURL(blob);
      urls.push(url);
      img.src = url;
      img.alt = '';
      holder.append(img);
      await img.decode();
    }
    window.print();
  } finally {
    holder.remove();
    paper.remove();
    for (const url of urls) URL.revokeObjectURL(url);
  }
}
