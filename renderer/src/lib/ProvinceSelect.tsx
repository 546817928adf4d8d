import { Select, type SelectProps } from '@mantine/core';
import { PIEDMONT_PROVINCES, PROVINCES } from '../../../shared/validation/provinces';

const OTHERS = PROVINCES.filter((p) => !PIEDMONT_PROVINCES.includes(p));
const DATA = [
  { group: 'Piemonte', items: [...PIEDMONT_PROVINCES] },
  { group: 'Altre province', items: OTHERS },
];

/** Province picker with Piedmont first; typing "to" finds TO. */
export function ProvinceSelect(props: Omit<SelectProps, 'data'>) {
  return <Select label="Provincia" searchable clearable data={DATA} maxDropdownHeight={240} {...props} />;
}
