/**
 * The content script: asks the background whether this site is on, then highlights terms, shows
 * cards and answers calls. It never opens IndexedDB or any storage: data comes by message.
 */
import { BUILTIN_GLOSSARY } from '../core/glossary-data';
import { compileMatcher } from '../core/matcher';
import { callBackground, handleCalls } from '../shared/messaging';
import type { ContentCalls, PageSummary } from '../shared/protocol';
import { startCards } from './cards';
import { createNavigator } from './navigation';
import { OccurrenceIndex } from './occurrences';
import { startScanner } from './scanner';
import { LensUi } from './ui/host';

/** The highlight name of glossary terms; see the README's integration points. */
export const JARGON_HIGHLIGHT = 'probation-jargon';

interface Running {
  readonly index: OccurrenceIndex;
  readonly step: (direction: 1 | -1) => void;
  stop(): void;
}

const matcher = compileMatcher(BUILTIN_GLOSSARY);
let running: Running | undefined;

function start(): Running {
  const index = new OccurrenceIndex(document, JARGON_HIGHLIGHT);
  const ui = new LensUi(document);
  const stopScanner = startScanner(document, matcher, index);
  const cards = startCards(document, index, ui, BUILTIN_GLOSSARY);
  const step = createNavigator(index, (o) => cards.show(o, true));
  const onKeyDown = (e: KeyboardEvent): void => {
    // The same chords as the manifest's commands, for browsers that hand them to the page.
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || isEditable(e.target)) return;
    if (e.code === 'KeyJ' || e.code === 'KeyK') {
      e.preventDefault();
      step(e.code === 'KeyJ' ? 1 : -1);
    }
  };
  document.addEventListener('keydown', onKeyDown, true);
  return {
    index,
    step,
    stop() {
      document.removeEventListener('keydown', onKeyDown, true);
      cards.stop();
      stopScanner();
      index.dispose();
      ui.dispose();
    },
  };
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function setEnabled(enabled: boolean): void {
  if (enabled && running === undefined) running = start();
  else if (!enabled && running !== undefined) {
    running.stop();
    running = undefined;
  }
}

function summary(): PageSummary {
  const counts = new Map<string, number>();
  for (const o of running?.index.inOrder() ?? []) {
    const term = BUILTIN_GLOSSARY[o.entry]?.term ?? '';
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return { enabled: running !== undefined, terms: [...counts].map(([term, count]) => ({ term, count })) };
}

handleCalls<ContentCalls>({
  siteStateChanged: (args) => setEnabled(args.enabled === true),
  stepTerm: (args) => running?.step(args.direction === -1 ? -1 : 1),
  pageSummary: () => summary(),
});

void callBackground('getSiteState', { host: location.host })
  .then((state) => setEnabled(state.enabled))
  .catch(() => setEnabled(true));
