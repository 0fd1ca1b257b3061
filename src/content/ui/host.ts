/**
 * The extension's one element in the page: a custom element with a closed shadow root, so page
 * CSS never leaks in and page scripts cannot read what it shows (the definition card, notes).
 */
import { h, render, type ComponentChild } from 'preact';
import type { CardModel } from '../../core/card-model';
import { UI_TAG } from '../skip';
import { Card, cardAnnouncement } from './card';
import { placeBeside } from './place';
import { UI_CSS } from './styles';

/** The id of the live region inside the UI's shadow root (tests read it). */
export const LIVE_REGION_ID = 'probation-lens-status';

/** The separate surfaces of the UI; each shows one thing at a time. */
export type Slot = 'card' | 'editor' | 'button' | 'toast' | 'orphans';

/** The UI root: renders into named slots and announces changes to screen readers. */
export class LensUi {
  readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly slots = new Map<Slot, HTMLElement>();
  private readonly live: HTMLElement;

  /** `addDefinition` is the unexplained-abbreviation card's "Add a definition" action (no button without it). */
  constructor(private readonly doc: Document, private readonly addDefinition?: (term: string) => void) {
    // Made in a document of our own, which has no custom element registry: a page that defines UI_TAG
    // itself cannot run its constructor first and attach a shadow root (ours would then throw).
    this.host = doc.adoptNode(doc.implementation.createHTMLDocument('').createElement(UI_TAG));
    this.shadow = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = UI_CSS;
    // A polite status region that exists before anything is said, so screen readers follow it.
    this.live = doc.createElement('div');
    this.live.className = 'visually-hidden';
    this.live.id = LIVE_REGION_ID;
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('aria-atomic', 'true');
    this.shadow.append(style, this.live);
    doc.documentElement.append(this.host);
  }

  private slot(name: Slot): HTMLElement {
    let el = this.slots.get(name);
    if (el === undefined) {
      el = this.doc.createElement('div');
      this.shadow.insertBefore(el, this.live);
      this.slots.set(name, el);
    }
    return el;
  }

  /** Shows a definition card beside the rectangle of the term; announces it when asked. */
  showCard(model: CardModel, anchor: DOMRect, announce: boolean): void {
    this.show('card', h(Card, { id: 'probation-lens-card', model, ...(this.addDefinition ? { onAddDefinition: this.addDefinition } : {}) }), anchor);
    if (announce) this.announce(cardAnnouncement(model));
  }

  /** Renders into a slot, beside an anchor rectangle when given; null empties the slot. */
  show(name: Slot, vnode: ComponentChild, anchor?: DOMRect): void {
    render(vnode, this.slot(name));
    if (anchor) this.place(anchor, name);
  }

  /** Moves a slot's content next to the anchor's new position (after a scroll). */
  place(anchor: DOMRect, name: Slot = 'card'): void {
    const box = this.slots.get(name)?.firstElementChild as HTMLElement | null | undefined;
    if (!box) return;
    const { width, height } = box.getBoundingClientRect();
    const view = this.doc.documentElement;
    const { left, top } = placeBeside(anchor, width, height, view.clientWidth, view.clientHeight);
    box.style.left = `${Math.round(left)}px`;
    box.style.top = `${Math.round(top)}px`;
  }

  /** The document the UI is in. */
  get ownerDocument(): Document {
    return this.doc;
  }

  /** Puts an element made elsewhere (the note frame) in a slot of its own, for its maker to manage. */
  mountElement(name: Slot, element: HTMLElement): void {
    this.slot(name).replaceChildren(element);
  }

  /** Whether a slot is showing something. */
  isOpen(name: Slot): boolean {
    return this.slots.get(name)?.firstElementChild != null;
  }

  /** Hides the card. */
  hideCard(): void {
    this.show('card', null);
  }

  /** Whether the card is showing. */
  get cardOpen(): boolean {
    return this.isOpen('card');
  }

  /** Says something to screen readers. */
  announce(text: string): void {
    this.live.textContent = '';
    this.live.textContent = text;
  }

  /** Removes the UI from the page. */
  dispose(): void {
    for (const el of this.slots.values()) {
      render(null, el);
      el.replaceChildren();
    }
    this.host.remove();
  }
}
