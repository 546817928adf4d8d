import { describe, expect, it } from 'vitest';
import type { TemplateView } from '@shared/api/documents';
import { afterWithdrawal, olderVersionState, templatesByKind } from './template-versions';

function version(kind: TemplateView['kind'], v: number, extra: Partial<TemplateView> = {}): TemplateView {
  return {
    id: `${kind}-${v}`,
    kind,
    version: v,
    fileName: `${kind} v${v}.docx`,
    sha256: 'x',
    placeholders: [],
    note: null,
    uploadedBy: 'Amministratore',
    uploadedAt: '2026-11-20T10:00:00.000Z',
    origin: null,
    inUse: false,
    withdrawnAt: null,
    ...extra,
  };
}

const iso = (s: string) => s.slice(0, 10);

describe('the office’s templates by kind', () => {
  it('lists every kind, the built-in document where no template is in use', () => {
    const byKind = templatesByKind([version('pfi', 1, { inUse: true })]);
    expect(byKind.map((k) => k.kind)).toEqual(['convenzione', 'pfi', 'registro', 'attestazione', 'informativa']);
    expect(byKind[0]).toMatchObject({ inUse: null, older: [] });
    expect(byKind[1]!.inUse?.version).toBe(1);
  });

  it('puts the older versions newest first', () => {
    const list = [version('pfi', 1), version('pfi', 3, { inUse: true }), version('pfi', 2, { withdrawnAt: '2026-11-21T09:00:00.000Z' })];
    expect(templatesByKind(list)[1]!.older.map((t) => t.version)).toEqual([2, 1]);
  });

  it('withdrawing the one in use goes back to the newest version not withdrawn, or to the built-in document', () => {
    const v1 = version('pfi', 1);
    const v2 = version('pfi', 2, { withdrawnAt: '2026-11-21T09:00:00.000Z' });
    const v3 = version('pfi', 3, { inUse: true });
    expect(afterWithdrawal([v1, v2, v3], v3)).toBe(v1);
    expect(afterWithdrawal([v2, v3], v3)).toBeNull();
  });

  it('says why an older version is not used', () => {
    const inUse = version('pfi', 3, { inUse: true });
    expect(olderVersionState(version('pfi', 2, { withdrawnAt: '2026-11-21T09:00:00.000Z' }), inUse, iso)).toBe('Ritirata il 2026-11-21');
    expect(olderVersionState(version('pfi', 1), inUse, iso)).toBe('Sostituita dalla v3');
  });
});
