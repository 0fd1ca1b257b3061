/** What the case-data guard found, in the reader's words: "This looks like a prison number: A1234BC". */
import type { CaseDataKind, CaseDataMode, NoteCaseDataFinding } from '../core/case-data';
import { t, type MessageKey } from '../shared/i18n';

const KIND_KEYS: Record<CaseDataKind, MessageKey> = {
  crn: 'caseDataCrn', 'prison-number': 'caseDataPrisonNumber', 'pnc-number': 'caseDataPncNumber', 'cro-number': 'caseDataCroNumber',
  'ni-number': 'caseDataNiNumber', 'date-of-birth': 'caseDataDateOfBirth', postcode: 'caseDataPostcode',
};

const MODE_KEYS: Record<CaseDataMode, MessageKey> = { off: 'guardModeOff', warn: 'guardModeWarn', block: 'guardModeBlock' };

/** One finding as a sentence, saying when it is in the tags rather than the text. */
export function findingText(finding: Pick<NoteCaseDataFinding, 'kind' | 'text'> & { readonly field?: NoteCaseDataFinding['field'] }): string {
  const sentence = t('guardLooksLike', t(KIND_KEYS[finding.kind]), finding.text);
  return finding.field === 'tags' ? t('guardInTags', sentence) : sentence;
}

/** A guard mode's name: "Warn me, and let me save anyway". */
export const modeText = (mode: CaseDataMode): string => t(MODE_KEYS[mode]);
