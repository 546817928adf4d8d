/**
 * Who and where: the candidate, the host association, its site and the need the file answers, and
 * Exar's tutor. A file opened from an accepted proposal keeps that proposal's person and host (the
 * core refuses a swap), so they are shown, not chosen; a file from scratch picks them here.
 */
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { NEED_STATUS_LABELS, PROPOSABLE_NEED_STATUSES } from '@shared/api/need-fields';
import type { Internship } from '@shared/api/internships';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { AssociationSelect } from '../../../components/AssociationSelect';
import { siteOptions, useAssociation } from '../../../components/useAssociation';
import { CandidateSelect } from '../../../components/CandidateSelect';
import type { InternshipFormType } from './form-type';
import { INTERNSHIP_FIELDS as F } from '@shared/fields/internship';

interface PartiesFieldsProps {
  form: InternshipFormType;
  /** The saved file (names of the parties chosen), when editing. */
  base: Internship | null;
  /** Names known from the page that opened the form (e.g. «Nuova pratica» on a profile). */
  known?: { candidateName?: string | null; associationName?: string | null };
}

export function PartiesFields({ form, base, known }: PartiesFieldsProps) {
  const values = form.getValues();
  const association = useAssociation(values.associationId || null);
  const fromProposal = values.matchId !== null;
  const candidateName = base?.candidateName ?? known?.candidateName ?? null;
  const associationName = base?.associationName ?? known?.associationName ?? association?.name ?? null;

  // operators.list is for administrators only: the operators' names come from the candidates' filter values.
  const operatorOptions = useApiQuery('candidates.filterOptions', {});
  const operators = [...(operatorOptions.data?.operators ?? [])];
  if (base?.promoterTutorId && base.promoterTutorName && !operators.some((o) => o.id === base.promoterTutorId)) {
    operators.push({ id: base.promoterTutorId, name: base.promoterTutorName });
  }

  const needOptions = useNeedOptions(values.associationId || null);
  const sites = siteOptions(association);

  return (
    <>
      {fromProposal ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Candidato" description="Dalla proposta accettata" withAsterisk readOnly variant="filled" value={candidateName ?? ''} />
          <TextInput label="Associazione ospitante" description="Dalla proposta accettata" withAsterisk readOnly variant="filled" value={associationName ?? ''} />
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CandidateSelect
            withAsterisk
            selectedLabel={candidateName}
            {...form.getInputProps('candidateId')}
            value={values.candidateId || null}
            onChange={(id) => form.setFieldValue('candidateId', id ?? '')}
          />
          <AssociationSelect
            label="Associazione ospitante"
            withAsterisk
            selectedLabel={associationName}
            {...form.getInputProps('associationId')}
            value={values.associationId || null}
            onChange={(id) => {
              form.setFieldValue('associationId', id ?? '');
              // The site and the need belong to the previous association.
              form.setFieldValue('operatingSiteId', null);
              form.setFieldValue('needId', null);
            }}
          />
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={F.operatingSiteId.label}
          placeholder="Sede legale"
          description={sites.length === 0 ? 'L’associazione non ha altre sedi: si lavora nella sede legale' : 'Vuoto: si lavora nella sede legale'}
          clearable
          disabled={sites.length === 0}
          data={sites}
          {...form.getInputProps('operatingSiteId')}
        />
        <Select
          label={F.needId.label}
          placeholder={fromProposal ? undefined : 'Nessuno'}
          description={fromProposal ? 'Dalla proposta accettata' : 'Facoltativo: salvando, la persona risulta accettata per il fabbisogno, che si copre all’avvio del tirocinio'}
          clearable={!fromProposal}
          disabled={fromProposal || needOptions.length === 0}
          data={needOptions.length > 0 || !base?.needId ? needOptions : [{ value: base.needId, label: 'Fabbisogno della proposta' }]}
          {...form.getInputProps('needId')}
        />
      </SimpleGrid>
      <Select
        label={F.promoterTutorId.label}
        description={F.promoterTutorId.help}
        clearable
        searchable
        maw={480}
        data={operators.map((o) => ({ value: o.id, label: o.name }))}
        {...form.getInputProps('promoterTutorId')}
      />
    </>
  );
}

/** The host's needs, newest first, as options; none until a host is chosen. */
function useNeedOptions(associationId: string | null): { value: string; label: string }[] {
  const [loaded, setLoaded] = useState<{ for: string; options: { value: string; label: string }[] } | null>(null);
  useEffect(() => {
    if (!associationId) return;
    let current = true;
    api
      .call('needs.list', { associationId, pageSize: 100 })
      .then((r) => {
        if (!current) return;
        // Only needs still looking for someone: a covered or closed need takes no new intern.
        const open = r.items.filter((n) => PROPOSABLE_NEED_STATUSES.includes(n.status));
        setLoaded({ for: associationId, options: open.map((n) => ({ value: n.id, label: `${n.title} (${NEED_STATUS_LABELS[n.status].toLowerCase()})` })) });
      })
      // Without the list the box stays empty: the need is optional, and the save checks it.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [associationId]);
  return loaded && loaded.for === associationId ? loaded.options : [];
}
