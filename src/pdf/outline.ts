/** The document's outline (its bookmarks) as a nested list of links beside the pages, shown on request. */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PDFLinkService } from 'pdfjs-dist/web/pdf_viewer.mjs';
import { t } from '../shared/i18n';

type OutlineItem = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>[number];

function list(items: readonly OutlineItem[], linkService: PDFLinkService): HTMLUListElement {
  const ul = document.createElement('ul');
  for (const item of items) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = item.title;
    button.addEventListener('click', () => {
      if (item.dest !== null) void linkService.goToDestination(item.dest);
    });
    li.append(button);
    if (item.items.length > 0) li.append(list(item.items, linkService));
    ul.append(li);
  }
  return ul;
}

/** Fills the outline panel and shows its toggle, when the document has an outline. */
export async function showOutline(pdf: PDFDocumentProxy, linkService: PDFLinkService, panel: HTMLElement, toggle: HTMLElement): Promise<void> {
  const outline = await pdf.getOutline();
  panel.replaceChildren();
  toggle.hidden = outline === null || outline.length === 0;
  if (outline === null || outline.length === 0) return;
  panel.setAttribute('aria-label', t('pdfOutline'));
  panel.append(list(outline, linkService));
  toggle.textContent = t('pdfOutline');
  toggle.onclick = () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
  };
}
