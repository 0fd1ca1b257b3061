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
    for (const url of urls) URL.revokeObjectURL(url);
  }
}
