/** Export, import and deleting everything, for the options page. */
import { exportBackup, issueProblem, parseBackup, sizeProblem, utf8Length } from '../core/backup';
import { toCsv, toMarkdown, toWebAnnotation, type ExportWords } from '../core/export-formats';
import { GlossaryIssuesError } from '../core/glossary';
import { exportGlossaryCsv, exportGlossaryJson, parseGlossary } from '../core/glossary-io';
import { t } from '../shared/i18n';
import type { Handlers } from '../shared/messaging';
import { CodedError, confirms, type BackgroundCalls, type ExportFormat, type ImportKind, type ImportOutcome } from '../shared/protocol';
import { deleteEverything, everything, importBackup } from '../storage/exchange';
import { StorageFullError } from '../storage/errors';
import { importPersonalTerms } from '../storage/glossary';
import { database } from './database';
import { backupExported, countNotesAgain } from './health';
import { tellAllTabs } from './library';

const day = () => new Date().toISOString().slice(0, 10);

/** The export files' own words, in the reader's language. */
const exportWords = (): ExportWords => ({
  title: t('exportNotesTitle'),
  noNotes: t('exportNoNotes'),
  noted: (created, edited) => (edited ? t('exportNotedEdited', created, edited) : t('exportNoted', created)),
  tags: (tags) => t('exportTags', tags),
});

const FILES: Record<ExportFormat, { name: string; mime: string }> = {
  backup: { name: 'probation-lens-backup', mime: 'application/json' },
  'web-annotation': { name: 'probation-lens-notes.jsonld', mime: 'application/ld+json' },
  markdown: { name: 'probation-lens-notes.md', mime: 'text/markdown' },
  csv: { name: 'probation-lens-notes.csv', mime: 'text/csv' },
  'glossary-csv': { name: 'probation-lens-glossary.csv', mime: 'text/csv' },
  'glossary-json': { name: 'probation-lens-glossary.json', mime: 'application/json' },
};

/** Checks a file, then imports it in one transaction; a file with any problem changes nothing. */
async function importFile(args: { text: string; kind: ImportKind }): Promise<ImportOutcome> {
  const tooBig = sizeProblem(utf8Length(args.text));
  if (tooBig) return { ok: false, problems: [tooBig] };
  const db = await database();
  if (args.kind === 'backup') {
    const parsed = parseBackup(args.text);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    const s = await importBackup(db, parsed.value.notes, parsed.value.glossary);
    await countNotesAgain(db);
    void tellAllTabs();
    return { ok: true, kind: 'backup', added: s.added, updated: s.updated, kept: s.kept, terms: s.terms };
  }
  const parsed = parseGlossary(args.text, args.kind === 'glossary-csv' ? 'csv' : 'json');
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const terms = await importPersonalTerms(db, parsed.value);
  void tellAllTabs();
  return { ok: true, kind: 'glossary', terms };
}

/** Handlers for export, import and deleting everything. */
export const exchangeHandlers: Pick<Handlers<BackgroundCalls>, 'exportData' | 'importData' | 'deleteEverything'> = {
  async exportData(args) {
    const file = FILES[args.format];
    const { notes, glossary } = await everything(await database());
    const byNewest = [...notes].sort((a, b) => (a.modified < b.modified ? 1 : -1));
    const text = args.format === 'backup' ? exportBackup(notes, glossary, new Date())
      : args.format === 'web-annotation' ? toWebAnnotation(byNewest, exportWords())
        : args.format === 'markdown' ? toMarkdown(byNewest, exportWords())
          : args.format === 'csv' ? toCsv(byNewest)
            : args.format === 'glossary-csv' ? exportGlossaryCsv(glossary) : exportGlossaryJson(glossary);
    const filename = args.format === 'backup' ? `${file.name}-${day()}.json` : file.name.replace(/(\.\w+)$/, `-${day()}$1`);
    // Only a backup can bring notes back, so only a backup resets the export reminder.
    if (args.format === 'backup') await backupExported();
    return { filename, mime: file.mime, text };
  },
  async importData(args) {
    try {
      return await importFile(args);
    } catch (error) {
      // A full disk is the reader's to fix, not a fault: one more reason the file changed nothing.
      if (error instanceof StorageFullError) return { ok: false, problems: [{ code: 'storage-full' }] };
      // A term in the file clashes with a stored one: named by the file's term, as the reader knows it.
      if (error instanceof GlossaryIssuesError) return { ok: false, problems: error.issues.map((issue) => issueProblem(issue, { field: issue.term })) };
      throw error;
    }
  },
  async deleteEverything(args) {
    // The words come from messages.json in the reader's language, the same message the options page shows.
    if (!confirms(args.confirmation, t('deleteConfirmationWords'))) throw new CodedError('not-confirmed');
    const db = await database();
    await deleteEverything(db);
    await countNotesAgain(db);
    void tellAllTabs();
  },
};
