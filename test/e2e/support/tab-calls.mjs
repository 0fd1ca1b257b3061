// Asking the test tab's content script, as the popup does (runtime messaging from an extension page).

/**
 * Calls the content script of the session's tab and gives its answer, or null when none answers. The
 * content script answers about the page (pageSummary, noteStates) only once it has decided what runs.
 */
export function askTab(s, name, args = {}) {
  return s.inExtension(async ([url, n, a]) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const [tab] = await api.tabs.query({ url });
    if (tab?.id === undefined) return null;
    try {
      const reply = await api.tabs.sendMessage(tab.id, { probationLens: n, args: a }, { frameId: 0 });
      return reply && 'ok' in reply ? reply.ok : null;
    } catch {
      return null;
    }
  }, [s.page.url(), name, args]);
}
