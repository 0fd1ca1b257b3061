/**
 * What the organisation set by managed policy: each setting marked "Set by your organisation", and the
 * parts of the policy that were ignored (the recommended sites are in the sites section). Shown only when
 * a policy names the extension.
 */
import type { PolicyProblem, PolicyState } from '../core/policy';
import { t } from '../shared/i18n';
import { modeText } from '../ui/case-data-words';

/** One ignored part of the policy, for the reader to pass on to IT. */
export function policyProblemText(p: PolicyProblem): string {
  const n = String((p.index ?? 0) + 1);
  const item = p.item ?? '–';
  switch (p.code) {
    case 'wrong-type': return t('orgProblemWrongType', p.setting);
    case 'entry-invalid': return t('orgProblemEntryInvalid', n, item, p.detail ?? '');
    case 'entry-clash': return t('orgProblemEntryClash', n, item);
    case 'host-invalid': return t('orgProblemHostInvalid', n, item);
  }
}

/** The section; nothing when the organisation set nothing. */
export function OrganisationSection({ state }: { state: PolicyState | undefined }) {
  if (!state) return null;
  const { policy, problems } = state;
  const lines: Array<[string, string]> = [];
  if (policy.teamGlossary) lines.push(['teamGlossary', t('orgTeamGlossary', policy.teamGlossary.length)]);
  if (policy.caseDataGuard) lines.push(['caseDataGuard', t('orgCaseDataGuard', modeText(policy.caseDataGuard))]);
  if (policy.notesExport !== undefined) lines.push(['notesExport', t(policy.notesExport ? 'orgNotesExportOn' : 'orgNotesExportOff')]);
  if (policy.welcomePage !== undefined) lines.push(['welcomePage', t(policy.welcomePage ? 'orgWelcomePageOn' : 'orgWelcomePageOff')]);
  if (policy.extraSites) lines.push(['extraSites', t('orgExtraSites', policy.extraSites.map((o) => new URL(o).host).join(', '))]);
  if (lines.length === 0 && problems.length === 0) return null;
  return (
    <section aria-labelledby="org-title" id="organisation">
      <h2 id="org-title">{t('orgTitle')}</h2>
      <p>{t('orgIntro')}</p>
      <ul class="list list--bullet" id="org-settings">
        {lines.map(([name, text]) => <li key={name} data-setting={name}>{text} <strong class="tag tag--organisation">{t('orgTitle')}</strong></li>)}
      </ul>
      {problems.length > 0 ? (
        <div class="warning-panel" id="org-problems">
          <h3 id="org-problems-title">{t('orgProblemsTitle')}</h3>
          <p>{t('orgProblemsIntro')}</p>
          <ul class="list list--bullet" aria-labelledby="org-problems-title">
            {problems.map((p, i) => <li key={i}>{policyProblemText(p)}</li>)}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
