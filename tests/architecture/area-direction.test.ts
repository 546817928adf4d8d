/** The lint rule that keeps the renderer's areas one-way (eslint-rules/area-direction.mjs) flags what it should. */
import { Linter } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areaDirection } from '../../eslint-rules/area-direction.mjs';
import { ROOT } from './sources';

function lint(file: string, code: string): string[] {
  const linter = new Linter({ cwd: ROOT, configType: 'flat' });
  const config = [{ files: ['**/*.tsx'], plugins: { exar: { rules: { 'area-direction': areaDirection } } }, rules: { 'exar/area-direction': 'error' as const } }];
  return linter.verify(code, config, { filename: join(ROOT, file) }).map((m) => m.message);
}

describe('the area-direction lint rule', () => {
  it('refuses an import of an area above', () => {
    const [message] = lint('renderer/src/areas/matches/X.tsx', "import { NeedForm } from '../needs/form/NeedForm';");
    expect(message).toMatch(/«matches» non può importare «needs»/);
  });

  it('lets an area import one below it, its own files, components and lib', () => {
    expect(lint('renderer/src/areas/needs/detail/X.tsx', "import { NeedMatchesCard } from '../../matches/NeedMatchesCard';")).toEqual([]);
    // A folder of an area named like another area is that area's own.
    expect(lint('renderer/src/areas/internships/detail/panels/X.tsx', "import { KindCard } from '../documents/KindCard';")).toEqual([]);
    expect(lint('renderer/src/areas/matches/X.tsx', "import { NeedStatusBadge } from '../../components/NeedStatusBadge';")).toEqual([]);
  });
});
