import type { Rule } from 'eslint';

export const AREA_ORDER: string[];
export const areaDirection: Rule.RuleModule;
