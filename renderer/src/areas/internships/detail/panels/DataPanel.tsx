/** The file's data as agreed: parties, tutors, allowance and who pays it, insurance, notice, training project. */
import { Card, SimpleGrid } from '@mantine/core';
import { RESTRICTED_LABEL, TARGET_CATEGORY_LABELS } from '@shared/api/candidate-fields';
import { FUNDING_KIND_LABELS, INSURER_LABELS, type Internship } from '@shared/api/internship-fields';
import { formatCents } from '@shared/format/money';
import { formatProfession } from '@shared/format/profession';
import { agree } from '@shared/text/agreement';
import { interruptedByOf, outcomeOf } from '@shared/text/person-labels';
import { formatDate, orDash } from '../../../../lib/format';
import { Field } from './Field';

const euros = (cents: number | null) => (cents === null ? '—' : formatCents(cents));

function funding(file: Internship): string {
  const f = file.funding;
  if (!f) return '—';
  if (f.kind === 'misto') return `${FUNDING_KIND_LABELS.misto}: ospitante ${euros(f.hostMonthlyCents)}, progetto «${f.projectName}» ${euros(f.projectMonthlyCents)}`;
  return f.kind === 'progetto' ? `${FUNDING_KIND_LABELS.progetto} «${f.projectName}»` : FUNDING_KIND_LABELS.ospitante;
}

/** The person's declaration in words, with its date. */
function priorWork(file: Internship): string {
  if (file.workedForHost === null) return 'non dichiarato';
  const when = file.workedForHostDeclaredOn ? ` (dichiarato il ${formatDate(file.workedForHostDeclaredOn)})` : '';
  return `${file.workedForHost ? 'sì' : 'no'}${when}`;
}

export function DataPanel({ file: f }: { file: Internship }) {
  return (
    <Card withBorder>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Field label="Sede del tirocinio">{orDash(f.siteName)}</Field>
        <Field label="Fabbisogno">{orDash(f.needTitle)}</Field>
        <Field label="Base normativa">{f.legalBasis}</Field>
        <Field label="Regole applicate">{f.ruleSetName}</Field>
        <Field label={agree(f.candidateSex, 'Categoria del/della tirocinante')}>
          {f.targetCategoryHidden ? RESTRICTED_LABEL : f.targetCategory ? agree(f.candidateSex, TARGET_CATEGORY_LABELS[f.targetCategory]) : '—'}
        </Field>
        <Field label="Tutor del promotore">{orDash(f.promoterTutorName)}</Field>
        <Field label="Tutor dell’ospitante">{[f.hostTutorName, f.hostTutorRole, f.hostTutorTaxCode].filter(Boolean).join(' · ') || '—'}</Field>
        <Field label="Dipendenti contati per la quota">{orDash(f.hostEmployees)}</Field>
        <Field label="Indennità mensile">{euros(f.monthlyAllowanceCents)}</Field>
        <Field label="Chi paga">{funding(f)}</Field>
        <Field label="Chi assicura">{INSURER_LABELS[f.insurer]}</Field>
        <Field label="Lavoro presso l’ospitante negli ultimi 2 anni">{priorWork(f)}</Field>
        <Field label="Tirocinanti di altri promotori nella sede">{orDash(f.hostOtherPromoterInterns)}</Field>
        <Field label="Posizione INAIL">{orDash(f.inailPosition)}</Field>
        <Field label="Polizza RC">{orDash(f.liabilityPolicy)}</Field>
        <Field label="Comunicazione obbligatoria">{f.noticeDate ? `${formatDate(f.noticeDate)} n. ${orDash(f.noticeNumber)}` : '—'}</Field>
        <Field label="Esito">{f.outcome ? outcomeOf(f.outcome, f.candidateSex) : '—'}</Field>
        {f.status === 'interrotto' && (
          <>
            <Field label="Interrotto da">{f.interruptedBy ? interruptedByOf(f.interruptedBy, f.candidateSex) : '—'}</Field>
            <Field label="Motivo dell’interruzione">{orDash(f.interruptionReason)}</Field>
            <Field label="Comunicazione di cessazione">{f.endNoticeDate ? `${formatDate(f.endNoticeDate)} n. ${orDash(f.endNoticeNumber)}` : '—'}</Field>
          </>
        )}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="md">
        <Field label="Obiettivi formativi">{orDash(f.goals)}</Field>
        <Field label="Attività">{orDash(f.activities)}</Field>
        <Field label="Competenze da acquisire">{f.skillsToAcquire.join(', ') || '—'}</Field>
        <Field label="Professione (ISTAT CP2011)">{orDash(formatProfession(f.professionCode, f.professionName))}</Field>
        <Field label="Riferimento all’Atlante del lavoro">{orDash(f.atlanteRef)}</Field>
        <Field label="Formazione sulla sicurezza">{orDash(f.safetyTraining)}</Field>
        <Field label="Note">{orDash(f.notes)}</Field>
      </SimpleGrid>
    </Card>
  );
}
