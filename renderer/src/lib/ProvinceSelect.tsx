import { Group, Select, Text, type ComboboxItem, type ComboboxItemGroup, type ComboboxParsedItem, type SelectProps } from '@mantine/core';
import { isProvince, PIEDMONT_PROVINCES, PROVINCE_NAMES, PROVINCES, provinceMatches } from '@shared/validation/provinces';

const OTHERS = PROVINCES.filter((p) => !PIEDMONT_PROVINCES.includes(p));
const DATA = [
  { group: 'Piemonte', items: [...PIEDMONT_PROVINCES] },
  { group: 'Altre province', items: OTHERS },
];

const answers = (item: ComboboxItem, search: string) => isProvince(item.value) && provinceMatches(item.value, search);

/** The options that answer the text typed, by sigla or by name, each group kept with its heading. */
function filter({ options, search }: { options: ComboboxParsedItem[]; search: string }): ComboboxParsedItem[] {
  return options.flatMap((option): ComboboxParsedItem[] => {
    if (!('group' in option)) return answers(option, search) ? [option] : [];
    const items = option.items.filter((item) => answers(item, search));
    return items.length > 0 ? [{ ...option, items } satisfies ComboboxItemGroup<ComboboxItem>] : [];
  });
}

/**
 * Province picker with Piedmont first; typing «to» or «Torino» finds TO. The box holds the sigla
 * (what addresses and the codice fiscale use); the list says the name beside it.
 */
export function ProvinceSelect(props: Omit<SelectProps, 'data'>) {
  return (
    <Select
      label="Provincia"
      searchable
      clearable
      data={DATA}
      filter={filter}
      renderOption={({ option }) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={600} w={24}>
            {option.value}
          </Text>
          <Text size="sm" c="dimmed">
            {isProvince(option.value) ? PROVINCE_NAMES[option.value] : ''}
          </Text>
        </Group>
      )}
      maxDropdownHeight={240}
      // As wide as the longest name, also under the narrow boxes of the list filters.
      comboboxProps={{ width: 'max-content', position: 'bottom-start' }}
      {...props}
    />
  );
}
