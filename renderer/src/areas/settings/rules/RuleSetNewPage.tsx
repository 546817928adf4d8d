/**
 * A new version of the rules, copied from the one in force today (or from the one named in
 * `?da=`): the coordinator changes what the Region changed and the date it applies from.
 */
import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { RuleSetFieldsInput, RuleSetView } from '@shared/api/rule-sets';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/query';
import { LoadError } from '../../../app/LoadError';
import { useSession } from '../../../auth/AuthProvider';
import { showSaved } from '../../../lib/form-errors';
import { RuleSetForm } from './RuleSetForm';

/** The editable part of a set as the form holds it. */
export function toFields(set: RuleSetView): RuleSetFieldsInput {
  const { id: _id, hlc: _hlc, builtIn: _b, inForceToday: _f, standing: _s, usage: _u, lockedReason: _l, origin: _o, ...fields } = set;
  return fields;
}

export function RuleSetNewPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const canManage = useSession().can('rules.manage');
  const list = useApiQuery('ruleSets.list', {});
  if (list.error) return <LoadError message={list.error} />;
  if (!list.data) return <Loader />;
  const source = list.data.find((s) => s.id === params.get('da')) ?? list.data.find((s) => s.inForceToday) ?? list.data[0]!;

  async function create(values: RuleSetFieldsInput) {
    const saved = await api.call('ruleSets.create', values);
    showSaved(`Le pratiche che iniziano dal giorno scelto seguiranno «${saved.name}».`, 'Nuova versione salvata');
    void navigate(`/impostazioni/regole/${saved.id}`);
  }

  return (
    <Stack maw={1000}>
      <Anchor component={Link} to="/impostazioni/regole" size="sm">
        ← Tutte le versioni
      </Anchor>
      <Title order={1}>Nuova versione delle regole</Title>
      {!canManage ? (
        <Alert color="gray">Solo un coordinatore può aggiungere una versione delle regole.</Alert>
      ) : (
        <>
          <Text size="sm" c="dimmed" maw={720}>
            I numeri sono copiati da «{source.name}». Cambia quelli che la Regione ha modificato, dai un nome alla versione e indica da
            quando vale: le pratiche che iniziano da quel giorno la seguiranno.
          </Text>
          <RuleSetForm initial={{ ...toFields(source), name: '', validFrom: '' }} readOnly={false} submitLabel="Salva la nuova versione" onSubmit={create} onCancel={() => void navigate('/impostazioni/regole')} />
        </>
      )}
    </Stack>
  );
}
