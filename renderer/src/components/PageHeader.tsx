/** The top of a list page: its title, a line on what it is for, and the button that adds a new one on the right. */
import { Button, Group, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The «add» button: a dialog to open, or the page of the new record. */
export type AddButton = { label: string; onClick(): void } | { label: string; to: string };

interface PageHeaderProps {
  title: string;
  children: ReactNode;
  /** How wide the description may run before it wraps. */
  maw?: number;
  /** Left out (`false`) for who may not add. */
  add: AddButton | false;
  /** A long description keeps the button at the top instead of centred beside it. */
  alignTop?: boolean;
}

export function PageHeader({ title, children, maw, add, alignTop = true }: PageHeaderProps) {
  return (
    <Group justify="space-between" align={alignTop ? 'flex-start' : undefined}>
      <div>
        <Title order={1}>{title}</Title>
        <Text size="sm" c="dimmed" maw={maw}>
          {children}
        </Text>
      </div>
      {add &&
        ('to' in add ? (
          <Button component={Link} to={add.to} leftSection={<IconPlus size={16} />}>
            {add.label}
          </Button>
        ) : (
          <Button leftSection={<IconPlus size={16} />} onClick={add.onClick}>
            {add.label}
          </Button>
        ))}
    </Group>
  );
}
