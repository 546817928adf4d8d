import type { UseFormReturnType } from '@mantine/form';
import type { NeedFormValues } from './form-values';

/** The need form as every field group receives it. */
export type NeedForm = UseFormReturnType<NeedFormValues>;
