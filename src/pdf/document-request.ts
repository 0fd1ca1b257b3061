/**
 * The one network request our code makes (pdf.js makes the other, for the document itself): after pdf.js
 * found the file invalid, its first bytes are read again, to tell an error page at a .pdf address from a
 * damaged PDF. Only ever the document the reader opened, from its own address.
 */
import { httpsOrigin } from './address';
import { isMarkup } from './failure';

/** Whether the address answers with markup (an error page) rather than a PDF. */
export async function looksLikeHtml(url: string | null): Promise<boolean> {
  // The page's connect-src (document-access.ts) allows the document's origin alone.
  if (url === null || httpsOrigin(url) === undefined) return false;
  const response = await fetch(url, { credentials: 'omit' });
  const reader = response.body?.getReader();
  const first = reader ? await reader.read() : { value: undefined };
  void reader?.cancel().catch(() => undefined);
  const text = new TextDecoder().decode(first.value?.slice(0, 512) ?? new Uint8Array());
  return isMarkup(text) || /html/i.test(response.headers.get('content-type') ?? '');
}
