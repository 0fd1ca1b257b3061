/** The viewer's messages in place of the document: what went wrong, with a link to the original. */
import { t, type MessageKey } from '../shared/i18n';
import { originalAddress } from './address';
import type { Failure } from './failure';

const FAILURE_KEYS: Readonly<Record<Failure, MessageKey>> = {
  'not-found': 'pdfFailureNotFound',
  server: 'pdfFailureServer',
  'not-pdf': 'pdfFailureNotPdf',
  corrupt: 'pdfFailureCorrupt',
  password: 'pdfFailurePassword',
  network: 'pdfFailureNetwork',
  refused: 'pdfFailureRefused',
};

const box = (): HTMLElement => document.getElementById('message') as HTMLElement;

/** Shows a message above the document (null hides it); with `link`, a link after it. */
export function showMessage(text: string | null, link?: { href: string; text: string }): void {
  const el = box();
  el.replaceChildren();
  el.hidden = text === null;
  if (text === null) return;
  const p = document.createElement('p');
  p.textContent = text;
  el.append(p);
  if (link) {
    const a = document.createElement('a');
    a.href = link.href;
    a.textContent = link.text;
    a.id = 'failure-original';
    const q = document.createElement('p');
    q.append(a);
    el.append(q);
  }
}

/** Shows why the document could not be shown, with a link to open it in the browser's own viewer. */
export function showFailure(failure: Failure, url: string | null): void {
  document.body.dataset['failure'] = failure;
  showMessage(t(FAILURE_KEYS[failure]), url === null ? undefined : { href: originalAddress(url), text: t('pdfOpenOriginal') });
}
