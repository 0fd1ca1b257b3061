/** Whether PDFs open in our viewer: on unless the reader switched it off. Only the background imports this. */
import browser from '../shared/browser';

const KEY = 'pdfViewer';

/** Whether the viewer is on. */
export async function isPdfViewerOn(): Promise<boolean> {
  return (await browser.storage.local.get(KEY))[KEY] !== false;
}

/** Remembers the reader's choice. */
export async function setPdfViewerOn(on: boolean): Promise<void> {
  await browser.storage.local.set({ [KEY]: on });
}
