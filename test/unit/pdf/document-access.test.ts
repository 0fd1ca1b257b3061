// @vitest-environment jsdom
// The viewer's one door to the network: its meta policy, and a document on an added site only while granted.
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../../src/shared/browser', () => ({ default: {} }));

import { limitConnections, permittedRequest } from '../../../src/pdf/document-access';

const ADDED = { kind: 'added', url: 'https://example.org/papers/x.pdf', origin: 'https://example.org', page: 2 } as const;

describe('the viewer’s connections', () => {
  it('puts its connect-src in the head, where the browser reads a meta policy', () => {
    document.head.replaceChildren();
    limitConnections(document, "'self' https://example.org");
    const meta = document.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(meta?.getAttribute('content')).toBe("connect-src 'self' https://example.org");
    expect(meta?.parentElement).toBe(document.head);
  });

  it('opens a document on an added site only while the extension holds the site’s permission', async () => {
    const asked: string[] = [];
    const held = async (pattern: string) => { asked.push(pattern); return true; };
    expect(await permittedRequest(ADDED, held)).toEqual(ADDED);
    expect(asked).toEqual(['https://example.org/*']);
    expect(await permittedRequest(ADDED, async () => false)).toEqual({ kind: 'refused', url: ADDED.url });
    expect(await permittedRequest(ADDED, async () => { throw new Error('no permissions API'); })).toEqual({ kind: 'refused', url: ADDED.url });
  });

  it('asks nothing for a default host or no document', async () => {
    const never = async (): Promise<boolean> => { throw new Error('asked'); };
    const remote = { kind: 'remote', url: 'https://assets.publishing.service.gov.uk/media/1/x.pdf', page: null } as const;
    expect(await permittedRequest(remote, never)).toEqual(remote);
    expect(await permittedRequest({ kind: 'none', page: null }, never)).toEqual({ kind: 'none', page: null });
  });
});
