/**
 * Skills as tags, suggested from those already used on other profiles with how many have them
 * ("Magazzino (12)"). Picking or typing an existing skill reuses its spelling, so "magazzino" and
 * "Magazzino" stay one skill and the search finds everyone who has it.
 */
import { TagsInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { foldText } from '@shared/validation/text';
import { useApiQuery } from '../../../api/query';
import type { CandidateForm } from './form-type';

interface Suggestion {
  skill: string;
  count: number;
}

export function SkillsInput({ form }: { form: CandidateForm }) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 200);
  // The last answer stays while the next is on its way; without suggestions skills are simply typed.
  const found = useApiQuery('candidates.skillSuggestions', { query }, { keepPrevious: true });
  const picked = form.getValues().skills;
  const pickedKeys = new Set(picked.map(foldText));
  const items: Suggestion[] = found.data ?? [];
  const byKey = new Map(items.map((s) => [foldText(s.skill), s]));
  const input = form.getInputProps('skills');

  return (
    <TagsInput
      aria-label="Competenze"
      placeholder={picked.length === 0 ? 'es. Magazzino, Pulizie, Segreteria' : undefined}
      clearable
      {...input}
      searchValue={search}
      onSearchChange={setSearch}
      data={items.filter((s) => !pickedKeys.has(foldText(s.skill))).map((s) => s.skill)}
      // The core matched the typed start, accents and case aside; filtering here too hides the
      // previous answer's skills while the next one is on its way.
      filter={({ options, search: typed }) =>
        options.filter((o) => 'value' in o && foldText(o.value).startsWith(foldText(typed)))
      }
      renderOption={({ option }) => {
        const count = byKey.get(foldText(option.value))?.count;
        return count ? `${option.value} (${count})` : option.value;
      }}
      onChange={(values) => {
        const seen = new Set<string>();
        const clean: string[] = [];
        for (const raw of values) {
          const value = byKey.get(foldText(raw))?.skill ?? raw.trim();
          const key = foldText(value);
          if (key && !seen.has(key)) {
            seen.add(key);
            clean.push(value);
          }
        }
        form.setFieldValue('skills', clean);
      }}
    />
  );
}
