/**
 * The columns of decision 0015 travel from a desk to the regional office in a real sealed bundle:
 * the host's dated declarations and stamp duty, the file's Portale Tirocini reference, insurer,
 * prior-work declaration and other promoters' interns. The exchange is generic over a table's
 * columns; this guards that none of them is left local by mistake.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { exportBundle, importInto, openOffice, type Office } from '../support/exchange-offices';
import { associationInput, candidateInput, hostDeclarations, internshipInput } from '../support/fixtures';

const opened: Office[] = [];
afterEach(() => {
  for (const o of opened.splice(0)) o.h.dispose();
});

describe('the host’s declarations and the file’s new fields in the regional exchange', () => {
  it('arrive at the regional office as the desk saved them', async () => {
    const desk = await openOffice('TO01', 'sportello');
    const region = await openOffice('RP01', 'ufficio_regionale');
    opened.push(desk, region);
    const op = await desk.h.sessionAs('operatore');
    const host = await desk.h.ok(
      'associations.create',
      associationInput({ name: 'ODV Scambio', legalForm: 'ODV', employees: 8, ...hostDeclarations('2026-11-02'), stampDuty: 'esente', stampDutyExemptionBasis: 'art. 82 c. 5 D.Lgs. 117/2017' }),
      op,
    );
    const person = await desk.h.ok('candidates.create', candidateInput({ targetCategory: 'disoccupato' }), op);
    const file = await desk.h.ok(
      'internships.create',
      internshipInput(person.id, host.id, { portalReference: 'PT-2027-000901', insurer: 'ospitante', hostOtherPromoterInterns: 1, workedForHost: false, workedForHostDeclaredOn: '2026-11-03' }),
      op,
    );

    const result = await importInto(region, await exportBundle(desk, { full: true }));
    expect(result.alreadyImportedAt).toBeNull();
    const reader = await region.h.sessionAs('coordinatore');
    expect(await region.h.ok('associations.get', { id: host.id }, reader)).toMatchObject({
      noLayoffsDeclaredOn: '2026-11-02',
      safetyDeclaredOn: '2026-11-02',
      disabilityQuotaDeclaredOn: '2026-11-02',
      stampDuty: 'esente',
      stampDutyExemptionBasis: 'art. 82 c. 5 D.Lgs. 117/2017',
    });
    expect(await region.h.ok('internships.get', { id: file.id }, reader)).toMatchObject({
      portalReference: 'PT-2027-000901',
      insurer: 'ospitante',
      hostOtherPromoterInterns: 1,
      workedForHost: false,
      workedForHostDeclaredOn: '2026-11-03',
    });
  });
});
