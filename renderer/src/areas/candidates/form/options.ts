/** Select options from a code list and its Italian labels, in the list's order. */
export function options<T extends string>(codes: readonly T[], labels: Record<T, string>): { value: T; label: string }[] {
  return codes.map((value) => ({ value, label: labels[value] }));
}
