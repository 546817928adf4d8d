/**
 * A date box the Italian way: typed or picked, shown as dd/mm/yyyy, kept as 'YYYY-MM-DD'.
 *
 * What is typed stays in the box. Mantine's DateInput, which this replaces, kept the last date it
 * could read while showing the new text, and on leaving the box put the old date back: typing
 * 31/02/2026 over 28/02/2026 silently kept the 28th. Here a date that does not exist goes to the
 * form as the text itself (italian-date.ts), the form's schema refuses it with «data non valida»
 * beside the box, and the box says so by itself where no schema is behind it (a filter).
 */
import { CloseButton, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import 'dayjs/locale/it';
import { useState, type FocusEvent } from 'react';
import { dateFieldText, dateFieldValue, isUnreadableDate } from './italian-date';
import { today } from '@shared/validation/italian-time';

export interface DateFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> {
  /** 'YYYY-MM-DD', null when empty, or the text of a date that cannot be read. */
  value?: string | null;
  onChange(value: string | null): void;
  /** A button to empty the box (default: yes). */
  clearable?: boolean;
  /** Limits of the calendar; a typed date outside them is still kept for the form to judge. */
  minDate?: Date | string;
  maxDate?: Date | string;
}

const UNREADABLE = 'Data non valida: scrivila come gg/mm/aaaa';

export function DateField({ value, onChange, clearable = true, minDate, maxDate, error, onBlur, readOnly, disabled, ...box }: DateFieldProps) {
  const current = value ?? null;
  const [text, setText] = useState(() => dateFieldText(current));
  // The value the text stands for; another value arriving from outside (a reset, «Oggi», the
  // version a colleague saved) replaces the text, while the operator's own typing never does.
  const [shownFor, setShownFor] = useState(current);
  const [left, setLeft] = useState(false);
  const [opened, setOpened] = useState(false);
  const [month, setMonth] = useState<string | null>(null);
  if (current !== shownFor) {
    setShownFor(current);
    if (current !== dateFieldValue(text)) setText(dateFieldText(current));
  }

  function type(next: string) {
    setText(next);
    setLeft(false);
    const v = dateFieldValue(next);
    setShownFor(v);
    onChange(v);
  }

  function leave(event: FocusEvent<HTMLInputElement>) {
    setOpened(false);
    setLeft(true);
    // A date that was read is shown the one way (10121985 → 10/12/1985); anything else stays as typed.
    const v = dateFieldValue(text);
    if (v !== null && !isUnreadableDate(v)) setText(dateFieldText(v));
    onBlur?.(event);
  }

  const picked = current !== null && !isUnreadableDate(current) ? current : null;
  const editable = !readOnly && !disabled;
  const ownError = left && isUnreadableDate(dateFieldValue(text)) ? UNREADABLE : undefined;

  return (
    // withRoles off: a text box may not carry aria-expanded (axe, issue 16); the calendar is a help, the date is typed.
    <Popover opened={opened && editable} position="bottom-start" trapFocus={false} withinPortal shadow="md" withRoles={false}>
      <Popover.Target>
        <TextInput
          placeholder="gg/mm/aaaa"
          autoComplete="off"
          {...box}
          readOnly={readOnly}
          disabled={disabled}
          value={text}
          error={error ?? ownError}
          onChange={(e) => type(e.currentTarget.value)}
          onClick={() => {
            if (!opened) setMonth(picked);
            setOpened(true);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpened(false);
          }}
          onBlur={leave}
          leftSection={<IconCalendar size={16} aria-hidden />}
          rightSection={
            clearable && editable && text !== '' ? <CloseButton size="sm" aria-label="Cancella la data" onMouseDown={(e) => e.preventDefault()} onClick={() => type('')} /> : undefined
          }
        />
      </Popover.Target>
      {/* Clicks in the calendar keep the focus in the box, so leaving it still means "done". */}
      <Popover.Dropdown onMouseDown={(e) => e.preventDefault()}>
        <DatePicker
          locale="it"
          value={picked}
          date={month ?? picked ?? today()}
          onDateChange={setMonth}
          minDate={minDate}
          maxDate={maxDate}
          onChange={(day) => {
            if (day) type(dateFieldText(day));
            setOpened(false);
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
}
