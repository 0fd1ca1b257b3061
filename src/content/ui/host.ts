/**
 * The extension's one element in the page: a custom element with a closed shadow root, so page
 * CSS never leaks in and page scripts cannot read what it shows.
 */
import { h, render } from 'preact';
import type { CardModel } from '../../core/card-model';
import { UI_TAG } from '../skip';
import { Card } from './card';
import { placeBeside } from './place';
import { UI_CSS } from './styles';

/** The UI root: shows and hides the definition card. */
export class LensUi {
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly mount: HTMLElement;
  private readonly live: HTMLElement;

  constructor(private readonly doc: Document) {
    this.host = doc.createElement(UI_TAG);
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = UI_CSS;
    this.mount = doc.createElement('div');
    this.live = doc.createElement('div');
    this.live.className = 'visually-hidden';
    this.live.setAttribute('aria-live', 'polite');
    this.shadow.append(style, this.mount, this.live);
    doc.documentElement.append(this.host);
  }

  /** Shows a card beside the rectangle of the term; announces it when asked. */
  showCard(model: CardModel, anchor: DOMRect, announce: boolean): void {
    render(h(Card, { id: 'probation-lens-card', model }), this.mount);
    this.place(anchor);
    if (announce) {
      const first = model.senses[0];
      const renamed = model.renamed ? ` Now called ${model.renamed.now}.` : '';
      this.live.textContent = first ? `${model.title}: ${first.expansion}.${renamed} ${first.definition ?? ''}` : `${model.title}: not explained on this page.`;
    }
  }

  /** Moves the open card next to the term's new position (after a scroll). */
  place(anchor: DOMRect): void {
    const card = this.mount.firstElementChild as HTMLElement | null;
    if (card === null) return;
    const { width, height } = card.getBoundingClientRect();
    const view = this.doc.documentElement;
    const { left, top } = placeBeside(anchor, width, height, view.clientWidth, view.clientHeight);
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  }

  /** Hides the card. */
  hideCard(): void {
    render(null, this.mount);
    this.live.textContent = '';
  }

  /** Whether the card is showing. */
  get cardOpen(): boolean {
    return this.mount.firstElementChild !== null;
  }

  /** Removes the UI from the page. */
  dispose(): void {
    render(null, this.mount);
    this.host.remove();
  }
}
