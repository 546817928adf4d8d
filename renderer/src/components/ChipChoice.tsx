/** Several codes picked with chips, under a label that names the group for screen readers and tests. */
import { Chip, Group, Input } from '@mantine/core';
import { useId, type ReactNode } from 'react';

interface ChipChoiceProps<T extends string> {
  label: string;
  description?: string;
  options: { value: T; label: string }[];
  value: T[];
  onChange(value: T[]): void;
  error?: ReactNode;
}

export function ChipChoice<T extends string>({ label, description, options, value, onChange, error }: ChipChoiceProps<T>) {
  const labelId = useId();
  return (
    <Input.Wrapper label={label} labelElement="div" labelProps={{ id: labelId }} description={description} error={error}>
      <Group gap="xs" mt={6} role="group" aria-labelledby={labelId}>
        <Chip.Group multiple value={value} onChange={(next) => onChange(next as T[])}>
          {options.map((o) => (
            <Chip key={o.value} value={o.value} size="sm">
              {o.label}
            </Chip>
          ))}
        </Chip.Group>
      </Group>
    </Input.Wrapper>
  );
}
