/**
 * Which part of a page is content: the main element, and within it everything but code,
 * form fields, editable regions, navigation chrome and the extension's own UI.
 */

/** The tag of the element that hosts the extension's UI; never scanned. */
export const UI_TAG = 'probation-lens-ui';

/** What is never content: code, form fields, editable regions, hidden parts, chrome, our own UI. */
export const SKIP_SELECTOR = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', '[contenteditable=""]', '[contenteditable="true"]',
  '[contenteditable="plaintext-only"]', '[hidden]', '[aria-hidden="true"]', UI_TAG,
  // GOV.UK chrome, for pages where it sits inside the scanned root.
  'header', 'footer', 'nav', '[role="banner"]', '[role="navigation"]', '[role="contentinfo"]',
  '.govuk-header', '.govuk-footer', '.govuk-cookie-banner', '#global-cookie-message', '.gem-c-cookie-banner',
  '.govuk-skip-link', '.gem-c-layout-super-navigation-header', '.govuk-breadcrumbs', '.gem-c-contextual-sidebar',
].join(',');

/** The element whose text is content: the page's main element, or the body when it has none. */
export function contentRoot(doc: Document): Element | null {
  return doc.querySelector('main, [role="main"], #main-content') ?? doc.body;
}

/**
 * Decides, per parent element and cached, whether text under it is skipped. The cache lives as
 * long as one pass over the page, so a page that toggles contenteditable is seen afresh next pass.
 */
export function createSkipTest(root: Element): (parent: Element) => boolean {
  const cache = new Map<Element, boolean>();
  const skipped = (el: Element): boolean => {
    const known = cache.get(el);
    if (known !== undefined) return known;
    let result: boolean;
    if (el.matches(SKIP_SELECTOR) && el !== root) result = true;
    else if (el === root) result = false;
    else result = el.parentElement === null ? true : skipped(el.parentElement);
    cache.set(el, result);
    return result;
  };
  return skipped;
}
