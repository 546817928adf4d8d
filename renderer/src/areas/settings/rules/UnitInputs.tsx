/**
 * Number boxes in the desk's units over the contract's: euros over integer cents, percentages
 * over shares 0..1. Bound with `form.getInputProps(path)` like any other input. What is being
 * typed ("600," on the way to "600,50") stays in the box; the form gets the stored unit.
 */
import { NumberField, type NumberFieldProps } from '../../../lib/NumberField';
import { useEffect, useState } from 'react';

type Bound = Omit<NumberFieldProps, 'value' | 'onChange'> & { value?: unknown; onChange?: (value: unknown) => void };

function useUnit(value: unknown, onChange: Bound['onChange'], toShown: (v: number) => number, toStored: (v: number) => number) {
  const [text, setText] = useState<number | string>(typeof value === 'number' ? toShown(value) : '');
  useEffect(() => {
    // A value set from outside (a copy, the current version taken in) replaces what the box shows.
    if (typeof value !== 'number' || (typeof text === 'number' && toStored(text) === value)) return;
    setText(toShown(value));
  }, [value, text, toShown, toStored]);
  return {
    value: text,
    onChange(v: number | string) {
      setText(v);
      onChange?.(typeof v === 'number' ? toStored(v) : v);
    },
  };
}

const euros = (cents: number) => cents / 100;
const cents = (euros: number) => Math.round(euros * 100);
const percent = (share: number) => Math.round(share * 1000) / 10;
const share = (percent: number) => Math.round(percent * 10) / 1000;

/** Euros with cents, Italian separators; stored as whole cents. */
export function EuroInput({ value, onChange, ...rest }: Bound) {
  const bound = useUnit(value, onChange, euros, cents);
  return <NumberField {...rest} {...bound} decimalScale={2} thousandSeparator="." suffix=" €" hideControls />;
}

/** A percentage 0–100 (one decimal at most); stored as a share 0..1. */
export function PercentInput({ value, onChange, ...rest }: Bound) {
  const bound = useUnit(value, onChange, percent, share);
  return <NumberField {...rest} {...bound} decimalScale={1} suffix=" %" hideControls />;
}
