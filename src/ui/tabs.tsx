/**
 * Tabs in the WAI-ARIA pattern: one tab stop for the tab list, arrow keys, Home and End move and
 * select (automatic activation). A panel is first rendered when its tab is first chosen (the notes
 * panel may hold 10,000 notes, which a popup must not pay for on opening); after that it stays
 * mounted and is only hidden, so a half-typed search survives a visit to another tab.
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

/** One tab: its label and its panel's content. */
export interface TabSpec {
  readonly id: string;
  readonly label: string;
  readonly panel: ComponentChildren;
}

/** A tab list with its panels; `label` names the list for screen readers. */
export function Tabs({ tabs, label, initial = 0 }: { tabs: readonly TabSpec[]; label: string; initial?: number }) {
  const [selected, setSelected] = useState(initial);
  const [shown, setShown] = useState<ReadonlySet<number>>(() => new Set([initial]));
  if (!shown.has(selected)) setShown(new Set([...shown, selected]));
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const select = (index: number) => {
    const next = (index + tabs.length) % tabs.length;
    setSelected(next);
    buttons.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // From the tab that has the focus, which a click or a script may have put on an unselected one.
    const focused = buttons.current.indexOf(e.target as HTMLButtonElement);
    const from = focused >= 0 ? focused : selected;
    const moves: Record<string, number> = { ArrowRight: from + 1, ArrowLeft: from - 1, Home: 0, End: tabs.length - 1 };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    select(to);
  };
  return (
    <div class="tabs">
      <div role="tablist" aria-label={label} class="tabs__list" onKeyDown={onKeyDown}>
        {tabs.map((tab, i) => (
          <button type="button" role="tab" id={`tab-${tab.id}`} key={tab.id} class="tabs__tab"
            ref={(el) => { buttons.current[i] = el; }}
            aria-selected={i === selected} aria-controls={`panel-${tab.id}`} tabIndex={i === selected ? 0 : -1}
            onClick={() => setSelected(i)}>
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, i) => (
        <div role="tabpanel" id={`panel-${tab.id}`} key={tab.id} class="tabs__panel"
          aria-labelledby={`tab-${tab.id}`} hidden={i !== selected}>
          {shown.has(i) || i === selected ? tab.panel : null}
        </div>
      ))}
    </div>
  );
}
