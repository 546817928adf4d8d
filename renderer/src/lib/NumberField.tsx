/**
 * The one number box of the app. What is typed stays as typed: no clamping on blur (Mantine's
 * default rewrites 60 to 48 and −5 to 1 when the box has min/max), no minus sign or decimal
 * separator refused as it is typed (with allowNegative={false}, −1 became 1). The field's limits
 * are in its contract schema (shared/api), whose Italian message shows beside the box («al massimo
 * 48 ore», «non può essere negativo»); so this box takes no min or max of its own.
 */
import { NumberInput, type NumberInputProps } from '@mantine/core';
import type { Ref } from 'react';

export type NumberFieldProps = Omit<NumberInputProps, 'min' | 'max' | 'clampBehavior' | 'allowNegative' | 'allowDecimal'> & { ref?: Ref<HTMLInputElement> };

export function NumberField(props: NumberFieldProps) {
  return <NumberInput decimalSeparator="," {...props} clampBehavior="none" allowNegative allowDecimal />;
}
