/** GOV.UK message components: the error summary and the confirmation panel. */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';

/** One problem; with a field id, the summary links to that field as GOV.UK's summary does. */
export interface Problem {
  readonly text: string;
  readonly field?: string;
}

/** Moves focus to an element when it appears, so screen readers announce it and keyboard users land on it. */
function useFocusOnShow<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  // A layout effect: the focus moves in the same task as the render, before anything else can take it.
  useLayoutEffect(() => { ref.current?.focus(); }, [key]);
  return ref;
}

/** GOV.UK error summary: "There is a problem" and every problem, focused when shown. */
export function ErrorSummary({ problems, id }: { problems: readonly Problem[]; id: string }) {
  // Keyed by the text, not the array: a re-render while the reader types must not pull the focus back.
  const ref = useFocusOnShow<HTMLDivElement>(problems.map((p) => p.text).join('\n'));
  const jump = (event: MouseEvent, field: string) => {
    // Focus the field itself; following the fragment would only scroll to it.
    event.preventDefault();
    document.getElementById(field)?.focus();
  };
  return (
    <div class="error-summary" id={id} ref={ref} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <div role="alert">
        <h3 class="error-summary__title" id={`${id}-title`}>{t('errorSummaryTitle')}</h3>
        <ul class="error-summary__list">
          {problems.map((p, i) => (
            <li key={i}>{p.field ? <a href={`#${p.field}`} onClick={(e) => jump(e, p.field!)}>{p.text}</a> : p.text}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** GOV.UK confirmation panel for a finished action, focused when shown. */
export function SuccessPanel({ title, children, id }: { title: string; children: ComponentChildren; id: string }) {
  const ref = useFocusOnShow<HTMLDivElement>(title);
  return (
    <div class="panel" id={id} ref={ref} tabIndex={-1} role="status" aria-labelledby={`${id}-title`}>
      <h3 class="panel__title" id={`${id}-title`}>{title}</h3>
      <div class="panel__body">{children}</div>
    </div>
  );
}

/** A GOV.UK error message under a field; its id is what the field's aria-describedby names. */
export function FieldError({ id, text }: { id: string; text: string | undefined }) {
  return text ? <p class="error-message" id={id}><span class="visually-hidden">{t('errorPrefix')} </span>{text}</p> : null;
}
