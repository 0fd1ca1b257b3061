// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { UI_TAG } from '../../../src/content/skip';
import { LensUi } from '../../../src/content/ui/host';

describe('the UI host', () => {
  it('keeps its closed shadow root on a page that defines the same element and attaches its own first', () => {
    const attempts: string[] = [];
    customElements.define(UI_TAG, class extends HTMLElement {
      constructor() {
        super();
        try {
          this.attachShadow({ mode: 'open' });
          attempts.push('attached');
        } catch {
          attempts.push('refused');
        }
      }
    });
    const ui = new LensUi(document);
    expect(ui.host.isConnected).toBe(true);
    expect(ui.host.shadowRoot).toBeNull();
    expect(attempts).toEqual(['refused']);
    ui.dispose();
  });
});
