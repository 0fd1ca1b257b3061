/**
 * The README's Permissions section names every permission and host the built manifests ask for, and
 * nothing more; its Privacy section quotes the content security policy the manifests really have.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBuild, removeBuild } from './fresh-build';

type Manifest = {
  permissions?: string[]; optional_permissions?: string[]; host_permissions?: string[]; optional_host_permissions?: string[];
  content_security_policy: { extension_pages: string };
  browser_specific_settings?: { gecko: { data_collection_permissions?: { required: string[] } } };
};

const README = readFileSync('README.md', 'utf8');

/** The text of the `## title` section, up to the next level-2 heading. */
function section(title: string): string {
  const start = README.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${title}" section`);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}

/** The `code` names before each top-level bullet's first colon outside backticks: what the bullet is about. */
function bulletNames(text: string): string[] {
  const bullets = text.split(/\n(?=- )/).filter((b) => b.startsWith('- '));
  return bullets.flatMap((bullet) => {
    let inCode = false;
    let end = bullet.length;
    for (let i = 0; i < bullet.length; i++) {
      if (bullet[i] === '`') inCode = !inCode;
      else if (bullet[i] === ':' && !inCode) { end = i; break; }
    }
    return [...bullet.slice(0, end).matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
  });
}

let out: string;
let built: Manifest[];
beforeAll(() => {
  out = freshBuild();
  built = ['chrome', 'firefox'].map((b) => JSON.parse(readFileSync(`${out}/${b}/manifest.json`, 'utf8')) as Manifest);
}, 60_000);
afterAll(() => removeBuild(out));

describe('the README', () => {
  it('names, in its Permissions section, exactly the permissions and hosts the built manifests ask for', () => {
    const asked = new Set(built.flatMap((m) => [
      ...(m.permissions ?? []), ...(m.optional_permissions ?? []), ...(m.host_permissions ?? []), ...(m.optional_host_permissions ?? []),
    ]));
    const named = bulletNames(section('Permissions'));
    expect(named.length).toBe(new Set(named).size);
    expect([...new Set(named)].sort()).toEqual([...asked].sort());
  });

  it('quotes the content security policy and the data-collection statement the manifests really have', () => {
    const privacy = section('Privacy');
    for (const m of built) expect(privacy).toContain(`\`${m.content_security_policy.extension_pages}\``);
    expect(privacy).toContain('`data_collection_permissions` of `none`');
    expect(built[1]?.browser_specific_settings?.gecko.data_collection_permissions?.required).toEqual(['none']);
  });

  it('has the sections a store reviewer and a user look for', () => {
    for (const title of ['Privacy', 'Permissions', 'Your data', 'Packaging for the stores']) expect(section(title).length).toBeGreaterThan(200);
    expect(section('Your data')).toMatch(/Removing the extension deletes all of it/);
  });
});

describe('the README\'s figures about notes', () => {
  it('gives the context kept either side of a passage as the code has it, and says how it is counted', async () => {
    const { CONTEXT, describe: describeQuote } = await import('../../../src/core/anchoring');
    const privacy = section('Privacy');
    const said = /`TextQuoteSelector` \(the passage with (\d+) characters either\s+side, not counting spaces and line breaks, so usually (\d+) to (\d+) characters with them\)/.exec(privacy);
    expect(said, 'the Privacy section states the context length').not.toBeNull();
    expect(Number(said?.[1])).toBe(CONTEXT);
    // The range with spaces, measured on English prose as GOV.UK writes it.
    const prose = 'The allocated practitioner should meet the person within five working days of sentence or release, and record the meeting in nDelius before the end of the next working day.';
    const at = prose.indexOf('five working days');
    const { quote } = describeQuote(prose, at, at + 'five working days'.length);
    for (const side of [quote.prefix, quote.suffix]) {
      expect(side.replace(/\s/g, '')).toHaveLength(CONTEXT);
      expect(side.length).toBeGreaterThanOrEqual(Number(said?.[2]));
      expect(side.length).toBeLessThanOrEqual(Number(said?.[3]));
    }
  });
});
