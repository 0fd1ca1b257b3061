/** Your data, part 3: deleting every note, personal term and look-up, after the words are typed. */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import { confirms } from '../shared/protocol';
import { errorText } from '../ui/error-text';
import { FieldError, SuccessPanel } from './messages';

/** The delete-everything form; `onDeleted` is told when data changed. */
export function DeleteSection({ onDeleted }: { onDeleted: () => void }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  // The words are the reader's language's; the background checks what was typed against the same message.
  const words = t('deleteConfirmationWords');
  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(false);
    if (!confirms(typed, words)) {
      setError(t('optionsDeleteTypeToConfirm', words));
      document.getElementById('delete-confirmation')?.focus();
      return;
    }
    try {
      await callBackground('deleteEverything', { confirmation: typed });
      setError('');
      setTyped('');
      setDone(true);
      onDeleted();
    } catch (err) {
      setError(t('optionsNothingDeleted', errorText(err)));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="delete-title">{t('optionsDeleteTitle')}</h3>
      {done ? <SuccessPanel id="delete-done" title={t('optionsDeletedTitle')}>{t('optionsDeletedBody')}</SuccessPanel> : null}
      <div class="warning-text">
        <span class="warning-text__icon" aria-hidden="true">!</span>
        <strong class="warning-text__text"><span class="visually-hidden">{t('warningPrefix')} </span>{t('optionsDeleteWarning')}</strong>
      </div>
      <div class={`form-group${error ? ' form-group--error' : ''}`}>
        <label class="label" for="delete-confirmation">{t('optionsDeleteConfirmLabel', words)}</label>
        <FieldError id="delete-confirmation-error" text={error} />
        <input class={`input input--width-20${error ? ' input--error' : ''}`} id="delete-confirmation" type="text" autocomplete="off"
          spellcheck={false} value={typed} onInput={(e) => setTyped(e.currentTarget.value)}
          aria-describedby={error ? 'delete-confirmation-error' : undefined} aria-invalid={error ? true : undefined} />
      </div>
      <button class="button button--warning" id="delete-everything" type="submit">{t('optionsDeleteButton')}</button>
    </form>
  );
}
