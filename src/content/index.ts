/**
 * The content script: asks the background whether this site is on, then highlights terms, shows
 * cards and answers calls. It never opens IndexedDB or any storage: data comes by message.
 */
import { BUILTIN } from '../core/builtin';
import { compileMatcher } from '../core/matcher';
import { PHRASE_FALSE_FRIENDS } from '../core/phrases-data';
import { callBackground, handleCalls } from '../shared/messaging';
import type { ContentCalls, PageSummary } from '../shared/protocol';
import { startCards } from './cards';
import { createDescriber } from './describe';
import { createNavigator } from './navigation';
import { OccurrenceIndex } from './occurrences';
import { PageModel } from './page-model';
import { startScanner } from './scanner';
import { LensUi } from './ui/host';

interface Running {
  readonly index: OccurrenceIndex;
  readonly step: (direction: 1 | -1) => void;
  stop(): void;
}

const matcher = compileMatcher(BUILTIN, PHRASE_FALSE_FRIENDS);
let running: Running | undefined;

function start(): Running {
  const index = new OccurrenceIndex(document);
  const page = new PageModel(matcher, BUILTIN, index);
  const ui = new LensUi(document);
  const stopScanner = startScanner(document, page);
  const cards = startCards(document, index, ui, createDescriber(document, BUILTIN, page, () => index.inOrder()));
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
    const term = o.token;
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
