import type { UseFormReturnType } from '@mantine/form';
import type { InternshipFormValues } from './form-values';

/** The internship form as every field group receives it. */
export type InternshipFormType = UseFormReturnType<InternshipFormValues>;
