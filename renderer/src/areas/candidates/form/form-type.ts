import type { UseFormReturnType } from '@mantine/form';
import type { CandidateFormValues } from './form-values';

/** The candidate form as every field group receives it. */
export type CandidateForm = UseFormReturnType<CandidateFormValues>;
