/**
 * Skills the role asks for, suggested from those already on candidates' profiles: reusing their
 * spelling lets the matching find the people who have them.
 */
import { TagsInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useApiQuery } from '../../../api/query';
import type { NeedForm } from './form-type';
import { NEED_FIELDS as F } from '@shared/fields/need';

export function NeedSkillsInput({ form }: { form: NeedForm }) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 200);
  // The last answer stays while the next is on its way; without suggestions skills are simply typed.
  const found = useApiQuery('candidates.skillSuggestions', { query }, { keepPrevious: true });
  const suggestions = (found.data ?? []).map((s) => s.skill);

  return (
    <TagsInput
      label={F.skills.label}
      description={F.skills.help}
      placeholder="es. Magazzino, Segreteria"
      clearable
      {...form.getInputProps('skills')}
      searchValue={search}
      onSearchChange={setSearch}
      data={suggestions}
    />
  );
}
