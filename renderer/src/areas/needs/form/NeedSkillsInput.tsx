/**
 * Skills the role asks for, suggested from those already on candidates' profiles: reusing their
 * spelling lets the matching find the people who have them.
 */
import { TagsInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { api } from '../../../api/client';
import type { NeedForm } from './form-type';
import { NEED_FIELDS as F } from '@shared/fields/need';

export function NeedSkillsInput({ form }: { form: NeedForm }) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 200);
  const [suggestions, setSuggestions] = useState<string[]>([]);

  useEffect(() => {
    let current = true;
    api
      .call('candidates.skillSuggestions', { query })
      .then((items) => {
        if (current) setSuggestions(items.map((s) => s.skill));
      })
      // Without suggestions skills are simply typed.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [query]);

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
