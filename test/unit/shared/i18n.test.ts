import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fill, t } from '../../../src/shared/i18n';

const locales = readdirSync('src/_locales');
const english = JSON.parse(readFileSync('src/_locales/en_GB/messages.json', 'utf8')) as Record<
  string,
  { message: string; description?: string }
>;

describe('i18n', () => {
  it('returns the en_GB message when no browser API is present', () => {
    expect(t('extName')).toBe('Probation Lens');
  });

  it('fills positional substitutions and leaves missing ones visible', () => {
    expect(fill('$1 of $2 notes', ['3', '7'])).toBe('3 of 7 notes');
    expect(fill('only $1 and $2', ['one'])).toBe('only one and $2');
    // Values are inserted as they are, even when they hold what looks like a placeholder.
    expect(fill('Tag $1 costs $$5', ['a$$b $2'])).toBe('Tag a$$b $2 costs $5');
  });

  it('every message has a description for translators and non-empty text', () => {
    for (const [key, entry] of Object.entries(english)) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.description?.trim(), key).toBeTruthy();
    }
  });

  it('every locale uses only keys that en_GB defines (Welsh-ready structure)', () => {
    expect(locales).toContain('en_GB');
    for (const locale of locales) {
      const messages = JSON.parse(readFileSync(`src/_locales/${locale}/messages.json`, 'utf8')) as object;
      for (const key of Object.keys(messages)) expect(english, `${locale}:${key}`).toHaveProperty(key);
    }
  });
});
