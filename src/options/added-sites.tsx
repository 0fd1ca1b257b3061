/** The sites the reader added from the toolbar button, each with a Remove button that gives its access back. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import { tRich } from '../ui/rich';
import { errorText } from '../ui/error-text';

const hostOf = (origin: string) => new URL(origin).host;

/** The list of added sites; empty, it says how to add one. */
export function AddedSites() {
  const [sites, setSites] = useState<string[] | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const load = () => callBackground('addedSites', {}).then(setSites, (e: unknown) => setError(errorText(e)));
  useEffect(() => { void load(); }, []);
  const remove = async (origin: string) => {
    try {
      await callBackground('removeAddedSite', { origin });
      setStatus(t('optionsSiteRemoved', hostOf(origin)));
      setError('');
    } catch (e) {
      setError(t('optionsSiteNotRemoved', hostOf(origin), errorText(e)));
    }
    void load();
  };
  return (
    <>
      <h3 id="added-sites-title">{t('optionsAddedSitesTitle')}</h3>
      {error ? <p class="error-message" role="alert">{error}</p> : null}
      {sites === undefined ? null : sites.length === 0 ? (
        <p id="added-sites-empty">{tRich('optionsAddedSitesNone', <strong>{t('optionsUseOnButtonName')}</strong>)}</p>
      ) : (
        <ul class="list list--bullet" id="added-sites" aria-labelledby="added-sites-title">
          {sites.map((origin) => (
            <li key={origin}>
              {hostOf(origin)}{' '}
              <button type="button" class="link-button link-button--warning" data-origin={origin} onClick={() => void remove(origin)}>
                {tRich('optionsRemoveSite', <span class="visually-hidden">{hostOf(origin)}</span>)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" id="added-sites-status">{status}</p>
    </>
  );
}
