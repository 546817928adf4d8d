import { describe, expect, it } from 'vitest';
import { associationFields } from '@shared/api/associations';
import { EMPTY_ASSOCIATION, EMPTY_SITE, toAssociationInput } from './form-values';

const withSite = (employees: number | string) => ({ ...EMPTY_ASSOCIATION, employees: 30, sites: [{ ...EMPTY_SITE, address: 'Via Nizza 5', comune: 'Torino', employees }] });

describe('the association form’s values → the contract’s input', () => {
  it('an empty site headcount is «not given», a typed one goes as typed', () => {
    expect(toAssociationInput(withSite('')).sites[0]!.employees).toBeNull();
    expect(toAssociationInput(withSite(4)).sites[0]!.employees).toBe(4);
    expect(toAssociationInput(withSite(-2)).sites[0]!.employees).toBe(-2);
  });

  it('a negative or fractional site headcount is refused by the contract with its Italian message', () => {
    const issues = (employees: number) => associationFields.safeParse(toAssociationInput(withSite(employees))).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues(-2)).toContainEqual(['sites.0.employees', 'Dipendenti in questa sede: il numero non può essere negativo']);
    expect(issues(2.5)).toContainEqual(['sites.0.employees', 'Dipendenti in questa sede: inserisci un numero intero']);
  });
});
