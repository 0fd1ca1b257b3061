import type { KeyValueArea } from '../../../src/storage/health';

/** browser.storage.local in memory, with values cloned as the browser does. */
export function memoryArea(): KeyValueArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (keys) => Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))])),
    set: async (items) => { for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v)); },
    remove: async (keys) => { for (const k of [keys].flat()) data.delete(k); },
  };
}
