// What the harnesses remember of the background's first-run record (src/storage/first-run.ts) per profile, so a
// browser started again on a profile waits for that start's install event, not an earlier one's record.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'probation-lens-e2e-first-run.json';

/** The record as the last start on this profile left it, or undefined for a new profile. */
export function rememberedFirstRun(profile) {
  const file = profile && join(profile, FILE);
  return file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** Remembers the record this start left, beside the browser's own files in the profile. */
export function rememberFirstRun(profile, record) {
  if (profile) writeFileSync(join(profile, FILE), JSON.stringify(record));
}

/** Whether the start that left `record` (after `before`) opened the welcome page. */
export const welcomedNow = (record, before) => record.welcomed && !before?.welcomed;
