/**
 * The browser as the background sees it, in memory: events whose listeners a test can fire, tabs whose
 * content scripts answer with a test's function, storage.local, permissions and dynamic scripts. Messages
 * are cloned as the browser clones them, and every message carries a sender, as the browser gives it.
 */
import { vi } from 'vitest';

/** The extension's own address in these tests. */
export const BASE = 'chrome-extension://probation-lens/';

/** Senders as the browser describes them. */
export const SENDERS = {
  options: { id: 'probation-lens', url: `${BASE}options.html`, tab: { id: 90 } },
  popup: { id: 'probation-lens', url: `${BASE}popup.html?tab=1` },
  content: (url = 'https://www.gov.uk/guidance/x', tabId = 1) => ({ id: 'probation-lens', url, tab: { id: tabId, url }, frameId: 0 }),
  /** An extension page that acts for one document (the PDF viewer). */
  viewer: { id: 'probation-lens', url: `${BASE}pdf/viewer.html?file=https://assets.publishing.service.gov.uk/media/5f1e/x.pdf#page=2`, tab: { id: 7 } },
  otherExtension: { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' },
};

type Listener = (...args: never[]) => unknown;

class FakeEvent {
  readonly listeners: Listener[] = [];
  addListener(l: Listener): void { this.listeners.push(l); }
  removeListener(l: Listener): void { this.listeners.splice(this.listeners.indexOf(l), 1); }
  hasListener(l: Listener): boolean { return this.listeners.includes(l); }
  /** Calls every listener, as the browser would fire the event; returns what they returned. */
  fire(...args: unknown[]): unknown[] { return this.listeners.map((l) => (l as (...a: unknown[]) => unknown)(...args)); }
}

/** A tab the fake knows: its address, and how its content script answers (undefined: no content script). */
export interface FakeTab {
  id: number;
  url: string;
  active?: boolean;
  answer?: (message: { probationLens: string; args: unknown }) => unknown;
}

const matches = (pattern: string, url: string): boolean => {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(url);
};

/** A fresh fake browser. */
export function fakeBrowser() {
  const local = new Map<string, unknown>();
  // What an organisation's policy put in managed storage (read-only for the extension).
  const managed = new Map<string, unknown>();
  const tabs: FakeTab[] = [];
  const granted = new Set<string>();
  const registered = new Map<string, { id: string; matches: string[] }>();
  const injected: number[] = [];
  const rules = new Map<number, { id: number }>();
  const told: Array<{ tabId: number; name: string; args: unknown }> = [];
  const onMessage = new FakeEvent();

  const browser = {
    runtime: {
      id: 'probation-lens',
      getURL: (path = '') => `${BASE}${path.replace(/^\//, '')}`,
      getManifest: () => ({ content_scripts: [{ matches: ['https://www.gov.uk/*', 'https://*.justice.gov.uk/*'] }] }),
      onMessage,
      onStartup: new FakeEvent(),
      onInstalled: new FakeEvent(),
      sendMessage: vi.fn(async () => undefined),
    },
    tabs: {
      create: vi.fn(async ({ url }: { url: string }) => ({ id: 1000, url })),
      get: vi.fn(async (tabId: number) => {
        const tab = tabs.find((t) => t.id === tabId);
        if (!tab) throw new Error(`No tab with id: ${tabId}.`);
        return { id: tab.id, url: tab.url };
      }),
      query: vi.fn(async (q: { url?: string | string[]; active?: boolean } = {}) => tabs
        .filter((t) => (q.active === undefined || Boolean(t.active) === q.active)
          && (q.url === undefined || [q.url].flat().some((p) => matches(p, t.url))))
        .map((t) => ({ id: t.id, url: t.url }))),
      sendMessage: vi.fn(async (tabId: number, message: { probationLens: string; args: unknown }) => {
        const tab = tabs.find((t) => t.id === tabId);
        if (!tab?.answer) throw new Error('Could not establish connection. Receiving end does not exist.');
        told.push({ tabId, name: message.probationLens, args: structuredClone(message.args) });
        return structuredClone({ ok: (await tab.answer(structuredClone(message))) ?? null });
      }),
    },
    contextMenus: {
      create: vi.fn(),
      update: vi.fn(async () => undefined),
      removeAll: vi.fn(async () => undefined),
      onClicked: new FakeEvent(),
      // Firefox's menus events (Chrome has none of these).
      onShown: new FakeEvent(),
      onHidden: new FakeEvent(),
      refresh: vi.fn(async () => undefined),
    },
    commands: { onCommand: new FakeEvent() },
    permissions: {
      getAll: vi.fn(async () => ({ origins: [...granted] })),
      contains: vi.fn(async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o))),
      remove: vi.fn(async ({ origins = [] }: { origins?: string[] }) => { for (const o of origins) granted.delete(o); return true; }),
      onAdded: new FakeEvent(),
      onRemoved: new FakeEvent(),
    },
    scripting: {
      getRegisteredContentScripts: vi.fn(async ({ ids }: { ids?: string[] } = {}) => [...registered.values()].filter((s) => !ids || ids.includes(s.id))),
      registerContentScripts: vi.fn(async (scripts: Array<{ id: string; matches: string[] }>) => {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          registered.set(s.id, { id: s.id, matches: s.matches });
        }
      }),
      unregisterContentScripts: vi.fn(async ({ ids = [] }: { ids?: string[] }) => { for (const id of ids) registered.delete(id); }),
      insertCSS: vi.fn(async () => undefined),
      executeScript: vi.fn(async ({ target }: { target: { tabId: number } }) => { injected.push(target.tabId); return []; }),
    },
    storage: {
      local: {
        get: vi.fn(async (keys?: string | string[] | null) => {
          const wanted = keys === undefined || keys === null ? [...local.keys()] : [keys].flat();
          return Object.fromEntries(wanted.filter((k) => local.has(k)).map((k) => [k, structuredClone(local.get(k))]));
        }),
        set: vi.fn(async (items: Record<string, unknown>) => { for (const [k, v] of Object.entries(items)) local.set(k, structuredClone(v)); }),
        remove: vi.fn(async (keys: string | string[]) => { for (const k of [keys].flat()) local.delete(k); }),
      },
      managed: {
        get: vi.fn(async () => Object.fromEntries([...managed].map(([k, v]) => [k, structuredClone(v)]))),
      },
      // Listened to by the start-state writer (background/start-state.ts); tests fire it when they need to.
      onChanged: new FakeEvent(),
    },
    management: { getSelf: vi.fn(async () => ({ installType: 'normal' })) },
    declarativeNetRequest: {
      getDynamicRules: vi.fn(async () => [...rules.values()].map((r) => structuredClone(r))),
      // As the browser: the removals first, then the additions; an id still in use refuses the whole update.
      updateDynamicRules: vi.fn(async ({ removeRuleIds = [], addRules = [] }: { removeRuleIds?: number[]; addRules?: Array<{ id: number }> }) => {
        const next = new Map(rules);
        for (const id of removeRuleIds) next.delete(id);
        for (const r of addRules) {
          if (next.has(r.id)) throw new Error(`Rule with id ${r.id} does not have a unique ID.`);
          next.set(r.id, structuredClone(r));
        }
        rules.clear();
        for (const [id, r] of next) rules.set(id, r);
      }),
    },
  };

  return {
    browser,
    local,
    managed,
    tabs,
    granted,
    registered,
    injected,
    /** The dynamic declarativeNetRequest rules, by id. */
    rules,
    told,
    /** Sends a message as `sender` would, and gives the reply as the caller receives it (cloned), or undefined when nobody answered. */
    async send(message: unknown, sender: object): Promise<unknown> {
      for (const l of onMessage.listeners) {
        const reply = (l as (m: unknown, s: object) => unknown)(structuredClone(message), sender);
        if (reply !== undefined) return structuredClone(await (reply as Promise<unknown>));
      }
      return undefined;
    },
    /** Calls a background call as `sender`, as callBackground would, and gives the reply. */
    call(name: string, args: unknown, sender: object): Promise<unknown> {
      return this.send({ probationLens: name, args }, sender);
    },
  };
}

/** The fake's type. */
export type FakeBrowser = ReturnType<typeof fakeBrowser>;
