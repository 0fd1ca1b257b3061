/** The PDF viewer switch: whether PDFs on GOV.UK and the justice sites open in our viewer, and a way to open a local file in it. */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { callBackground } from '../shared/messaging';

/** The section. */
export function PdfSection() {
  const [on, setOn] = useState<boolean | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    callBackground('getPdfViewer', {}).then((r) => setOn(r.on), () => setFailed(true));
  }, []);
  const change = (next: boolean): void => {
    setFailed(false);
    callBackground('setPdfViewer', { on: next }).then((r) => setOn(r.on), () => setFailed(true));
  };
  return (
    <section aria-labelledby="pdf-title">
      <h2 id="pdf-title">{t('optionsPdfTitle')}</h2>
      <p>{t('optionsPdfIntro')}</p>
      <div class="radios__item">
        <input class="radios__input" type="checkbox" id="pdf-viewer" checked={on === true} disabled={on === null} onChange={(e) => change(e.currentTarget.checked)} />
        <label class="radios__label" for="pdf-viewer">{t('optionsPdfSwitch')}</label>
      </div>
      {failed ? <p class="error-message" role="alert">{t('optionsPdfFailed')}</p> : null}
      <p><a href={browser.runtime.getURL('pdf/viewer.html')} target="_blank" rel="noopener">{t('pdfOpenFile')}</a></p>
    </section>
  );
}
