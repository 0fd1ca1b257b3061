/** The form that adds a personal term or changes one, with GOV.UK validation messages. */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import type { GlossaryEntry } from '../shared/types';
import { errorText } from '../ui/error-text';
import { ErrorSummary, FieldError, type Problem } from './messages';
import { CATEGORY_LABELS, entryFrom, fieldsOf, termProblems, type TermField, type TermFields } from './term-validation';

/** Props: the terms already saved, the one being changed (if any), and what to do after saving. */
export interface TermFormProps {
  readonly terms: readonly GlossaryEntry[];
  readonly editing?: GlossaryEntry;
  /** A new term's abbreviation to start with (options.html#add-term=XYZ); the reader then writes its meaning. */
  readonly prefill?: string;
  readonly onSaved: (entry: GlossaryEntry) => void;
  readonly onCancel: () => void;
}

const LABELS: Record<TermField, MessageKey> = {
  abbreviation: 'optionsFieldAbbreviation', expansion: 'optionsFieldExpansion', definition: 'optionsFieldDefinition', category: 'optionsFieldCategory',
};

/** Adds or changes a term; problems show beside each field and in a summary above the form. */
export function TermForm({ terms, editing, prefill, onSaved, onCancel }: TermFormProps) {
  const initial = (): TermFields => (editing || prefill === undefined ? fieldsOf(editing) : { ...fieldsOf(), abbreviation: prefill });
  const [fields, setFields] = useState<TermFields>(initial);
  const [errors, setErrors] = useState<Partial<Record<TermField, string>>>({});
  const [failure, setFailure] = useState('');
  // Each attempt mounts the summary afresh, so the same problems twice still take the focus again.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => { setFields(initial()); setErrors({}); setFailure(''); }, [editing]);
  // Asked for from a card or the popup: take the reader to the form, at the meaning they came to write.
  useEffect(() => {
    if (prefill === undefined) return;
    // Focus scrolls the form into view.
    document.getElementById('term-expansion')?.focus();
  }, []);

  const set = (name: TermField) => (e: Event) => setFields({ ...fields, [name]: (e.currentTarget as HTMLInputElement).value });
  const submit = async (e: Event) => {
    e.preventDefault();
    const others = terms.filter((t) => t.term !== editing?.term);
    const found = termProblems(fields, others);
    setErrors(found);
    setFailure('');
    setAttempt((n) => n + 1);
    if (Object.keys(found).length > 0) return;
    try {
      const saved = await callBackground('savePersonalTerm', { entry: entryFrom(fields, editing), previousTerm: editing?.term });
      setFields(fieldsOf());
      onSaved(saved);
    } catch (error) {
      setFailure(t('optionsTermNotSaved', errorText(error)));
    }
  };

  const problems: Problem[] = [
    ...(Object.keys(LABELS) as TermField[]).flatMap((f) => (errors[f] ? [{ text: errors[f], field: `term-${f}` }] : [])),
    ...(failure ? [{ text: failure }] : []),
  ];
  const group = (name: TermField) => `form-group${errors[name] ? ' form-group--error' : ''}`;
  const described = (name: TermField, hint?: string) => [hint, errors[name] ? `term-${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  const input = (name: 'abbreviation' | 'expansion', width: string, hint?: string) => (
    <div class={group(name)}>
      <label class="label" for={`term-${name}`}>{t(LABELS[name])}</label>
      {hint ? <div class="hint" id={`term-${name}-hint`}>{hint}</div> : null}
      <FieldError id={`term-${name}-error`} text={errors[name]} />
      <input class={`input ${width}${errors[name] ? ' input--error' : ''}`} id={`term-${name}`} name={name} type="text"
        spellcheck={false} autocomplete="off" value={fields[name]} onInput={set(name)}
        aria-describedby={described(name, hint ? `term-${name}-hint` : undefined)} aria-invalid={errors[name] ? true : undefined} />
    </div>
  );

  return (
    <form class="term-form" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{editing ? t('optionsChangeTermTitle', editing.term) : t('optionsAddTermTitle')}</h3>
      {problems.length > 0 ? <ErrorSummary key={attempt} id="term-errors" problems={problems} /> : null}
      {input('abbreviation', 'input--width-10', t('optionsAbbreviationHint'))}
      {input('expansion', 'input--width-30')}
      <div class={group('definition')}>
        <label class="label" for="term-definition">{t(LABELS.definition)}</label>
        <div class="hint" id="term-definition-hint">{t('optionsDefinitionHint')}</div>
        <FieldError id="term-definition-error" text={errors.definition} />
        <textarea class={`textarea${errors.definition ? ' input--error' : ''}`} id="term-definition" name="definition" rows={3}
          value={fields.definition} onInput={set('definition')} aria-describedby={described('definition', 'term-definition-hint')} />
      </div>
      <div class={group('category')}>
        <label class="label" for="term-category">{t(LABELS.category)}</label>
        <FieldError id="term-category-error" text={errors.category} />
        <select class={`select${errors.category ? ' input--error' : ''}`} id="term-category" name="category" value={fields.category}
          onChange={set('category')} aria-describedby={described('category')}>
          <option value="">{t('optionsChooseCategory')}</option>
          {CATEGORY_LABELS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      <div class="button-group">
        <button class="button" id="term-save" type="submit">{editing ? t('optionsSaveChanges') : t('optionsAddTerm')}</button>
        {editing ? <button class="button button--secondary" id="term-cancel" type="button" onClick={onCancel}>{t('cancel')}</button> : null}
      </div>
    </form>
  );
}
