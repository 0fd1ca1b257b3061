import { describe, expect, it } from 'vitest';
import { daysBetween, exportReminder, judgeStorage, REMINDER_DAYS } from '../../../src/core/data-safety';

const NOW = new Date(Date.UTC(2026, 10, 23, 14, 0));
const ago = (days: number, hours = 0) => new Date(NOW.getTime() - (days * 24 + hours) * 3_600_000).toISOString();

describe('exportReminder', () => {
  it('says nothing while there are no notes, whatever the dates', () => {
    expect(exportReminder({ now: NOW, notes: 0 })).toBeUndefined();
    expect(exportReminder({ now: NOW, notes: 0, lastExport: ago(400) })).toBeUndefined();
  });

  it('reminds when notes exist and no backup was ever made', () => {
    expect(exportReminder({ now: NOW, notes: 1 })).toEqual({ kind: 'never' });
    expect(exportReminder({ now: NOW, notes: 1, lastExport: 'not a date' })).toEqual({ kind: 'never' });
  });

  it('reminds once the last backup is more than 30 days old, with its age in days', () => {
    expect(REMINDER_DAYS).toBe(30);
    expect(exportReminder({ now: NOW, notes: 3, lastExport: ago(0) })).toBeUndefined();
    expect(exportReminder({ now: NOW, notes: 3, lastExport: ago(29, 23) })).toBeUndefined();
    expect(exportReminder({ now: NOW, notes: 3, lastExport: ago(30) })).toBeUndefined();
    expect(exportReminder({ now: NOW, notes: 3, lastExport: ago(30, 1) })).toEqual({ kind: 'stale', days: 30 });
    expect(exportReminder({ now: NOW, notes: 3, lastExport: ago(31) })).toEqual({ kind: 'stale', days: 31 });
    expect(exportReminder({ now: NOW, notes: 3, lastExport: ago(365) })).toEqual({ kind: 'stale', days: 365 });
  });

  it('stays away for 30 days after a dismissal, then comes back', () => {
    expect(exportReminder({ now: NOW, notes: 3, lastExport: ago(90), dismissed: ago(1) })).toBeUndefined();
    expect(exportReminder({ now: NOW, notes: 3, dismissed: ago(29) })).toBeUndefined();
    expect(exportReminder({ now: NOW, notes: 3, lastExport: ago(90), dismissed: ago(31) })).toEqual({ kind: 'stale', days: 90 });
    expect(exportReminder({ now: NOW, notes: 3, dismissed: ago(31) })).toEqual({ kind: 'never' });
  });

  it('counts whole days, never fewer than none', () => {
    expect(daysBetween(new Date(ago(2, 23)), NOW)).toBe(2);
    expect(daysBetween(NOW, new Date(ago(3)))).toBe(0);
  });
});

describe('judgeStorage', () => {
  const seen = { canary: 'c1', notes: 4 };
  it('is a first check when nothing was seen before, whatever the database holds', () => {
    expect(judgeStorage(undefined, undefined, 0)).toBe('first');
    expect(judgeStorage(undefined, 'c1', 9)).toBe('first');
  });
  it('finds the database wiped when the canary changed or went', () => {
    expect(judgeStorage(seen, 'c2', 4)).toBe('cleared');
    expect(judgeStorage(seen, undefined, 4)).toBe('cleared');
  });
  it('finds notes gone when there were some and none are left', () => {
    expect(judgeStorage(seen, 'c1', 0)).toBe('notes-vanished');
    expect(judgeStorage({ canary: 'c1', notes: 0 }, 'c1', 0)).toBe('ok');
    expect(judgeStorage(seen, 'c1', 1)).toBe('ok');
  });
});
