import type { GetInputPropsReturnType } from '@mantine/form';

/** Any Mantine form, seen only as "something that binds inputs by path" (for shared field groups). */
export interface FieldBinder {
  getInputProps(path: string): GetInputPropsReturnType;
}
