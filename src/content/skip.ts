/**
 * Which part of a page is content: the main element, and within it everything but code,
 * form fields, editable regions, navigation chrome and the extension's own UI.
 */

/** The tag of the element that hosts the extension's UI; never scanned. */
export const UI_TAG = 'probation-lens-ui';

// SVG text is read like any other (chart labels name terms too), but not the parts SVG never draws.
const SVG_UNDRAWN = ['title', 'desc', 'metadata', 'defs', 'symbol'];
// Without the SVG parts: descendant selectors make a query over a whole page several times slower.
const SIMPLE_SKIP = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'math', 'iframe', '[hidden]', '[aria-hidden="true"]', UI_TAG,
  // GOV.UK chrome, for pages where it sits inside the scanned root.
  'header', 'footer', 'nav', '[role="banner"]', '[role="navigation"]', '[role="contentinfo"]',
  '.govuk-header', '.govuk-footer', '.govuk-cookie-banner', '#global-cookie-message', '.gem-c-cookie-banner',
  '.govuk-skip-link', '.gem-c-layout-super-navigation-header', '.govuk-breadcrumbs', '.gem-c-contextual-sidebar',
  // GOV.UK publishing components that sit inside <main> but are not the document: who published it and
  // when ("From: HM Revenue & Customs"), the organisation's logo, the contents list (the headings again),
  // history and banner notices, an attachment's file details, print, share and email-signup links, the
  // related links and the feedback form; on a guide, the step-by-step navigation it is part of ("Part of:
  // Get a passport") and the links to its previous and next part.
  '.gem-c-step-nav-header', '.gem-c-step-nav', '.gem-c-step-nav-related', '.govuk-pagination', '.gem-c-pagination',
  '.gem-c-signup-link', '.gem-c-subscription-links',
  '.gem-c-metadata', '.gem-c-organisation-logo', '.gem-c-contents-list', '.gem-c-notice', '.gem-c-attachment__metadata',
  '.gem-c-print-link', '.gem-c-share-links', '.gem-c-single-page-notification-button', '.gem-c-related-navigation',
  '.gem-c-contextual-footer', '.gem-c-published-dates', '.gem-c-title__context', '.gem-c-translation-nav',
  '.gem-c-phase-banner', '.govuk-phase-banner', '.gem-c-feedback', '.gem-c-emergency-banner', '.gem-c-global-banner',
  '.gem-c-intervention', '.app-c-back-to-top', '.gem-c-back-to-top-link',
].join(',');

/** What is never content: code, form fields, hidden parts, chrome, our own UI, undrawn SVG parts. */
export const SKIP_SELECTOR = [SIMPLE_SKIP, ...SVG_UNDRAWN.map((tag) => `svg ${tag}`)].join(',');

/**
 * Whether an element is an editable region: it holds what the reader is writing, as a field does. The
 * attribute's keywords are case-insensitive (contenteditable="TRUE" is an editor too); a test in code,
 * as a selector with :not() costs more on every element of a page.
 */
function isEditor(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

// SIMPLE_SKIP by kind. One query of sixty selectors asks each of them of every element (22 ms of a 1 MB
// page's pass in the profile); tag and class collections find theirs by a plain walk each, comparing names.
const SKIP_PARTS = SIMPLE_SKIP.split(',');
const SKIP_TAGS = SKIP_PARTS.filter((s) => /^[a-z][a-z0-9-]*$/.test(s));
const SKIP_CLASSES = SKIP_PARTS.filter((s) => /^\.[\w-]+$/.test(s)).map((s) => s.slice(1));
const SKIP_OTHERS = SKIP_PARTS.filter((s) => !SKIP_TAGS.includes(s) && !SKIP_CLASSES.includes(s.slice(1))).join(',');
// Past this many skipped elements, putting them in document order by comparing positions costs more
// than the one query, which returns them in order.
const SORT_AT_MOST = 256;

const inDocumentOrder = (a: Element, b: Element): number =>
  a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;

/** The elements under an element that SIMPLE_SKIP or an editable region names, in any order (null: too many to sort). */
function skippedByName(root: Element): Element[] | null {
  const found = new Set<Element>();
  for (const tag of SKIP_TAGS) for (const el of root.getElementsByTagName(tag)) found.add(el);
  for (const name of SKIP_CLASSES) for (const el of root.getElementsByClassName(name)) found.add(el);
  for (const el of root.querySelectorAll(SKIP_OTHERS)) found.add(el);
  for (const el of root.querySelectorAll('[contenteditable]')) if (isEditor(el)) found.add(el);
  return found.size > SORT_AT_MOST ? null : [...found];
}

/**
 * The elements under `root` (an element or a shadow root) whose text is not content, in document
 * order: found by name under an element, else by one query of simple selectors; and inside each SVG
 * element, if any, by one more.
 */
export function skippedUnder(root: Element | ShadowRoot): Element[] {
  const byName = root.nodeType === Node.ELEMENT_NODE ? skippedByName(root as Element) : null;
  const found = byName?.sort(inDocumentOrder) ?? [...root.querySelectorAll(`${SIMPLE_SKIP},[contenteditable]`)]
    .filter((el) => !el.hasAttribute('contenteditable') || isEditor(el) || el.matches(SIMPLE_SKIP));
  const svgs = root.querySelectorAll('svg');
  if (svgs.length === 0) return found;
  for (const svg of svgs) found.push(...svg.querySelectorAll(SVG_UNDRAWN.join(',')));
  return found.sort(inDocumentOrder);
}

/** The element whose text is content: the page's main element, or the body when it has none. */
export function contentRoot(doc: Document): Element | null {
  return doc.querySelector('main, [role="main"], #main-content') ?? doc.body;
}

/** The shadow root a node is the top of, or null: a shadow root is a fragment with a host. */
export function asShadowRoot(node: Node | null): ShadowRoot | null {
  return node !== null && node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (node as ShadowRoot).host != null ? node as ShadowRoot : null;
}

/** A node's parent element, or, at the top of a shadow tree, the tree's host. */
export function parentOf(node: Node): Element | null {
  return node.parentElement ?? asShadowRoot(node.parentNode)?.host ?? null;
}

/**
 * Decides, per parent element and cached, whether text under it is skipped; in an open shadow tree
 * it climbs on from the tree's host. The cache lives as long as one pass over the page or one batch of
 * changes, so a page that toggles contenteditable or hidden is seen afresh.
 */
export function createSkipTest(root: Element): (parent: Element) => boolean {
  const cache = new Map<Element, boolean>();
  const skipped = (el: Element): boolean => {
    const known = cache.get(el);
    if (known !== undefined) return known;
    let result: boolean;
    if ((el.matches(SKIP_SELECTOR) || isEditor(el)) && el !== root) result = true;
    else if (el === root) result = false;
    else {
      const parent = parentOf(el);
      result = parent === null ? true : skipped(parent);
    }
    cache.set(el, result);
    return result;
  };
  return skipped;
}
