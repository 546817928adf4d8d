/**
 * What a role without the clearance may see of a file. Disability and social-care categories have
 * their own maximum durations (24 and 12 months by default), so such a role must not learn the
 * verdict either: for them a hidden category is checked against the shorter of the two limits of
 * the file's rule set, with a message that names neither, and only a coordinator takes such a file
 * past it.
 */
import { isRestrictedCategory, RESTRICTED_CATEGORIES } from '@shared/api/candidate-fields';
import { AppError } from '@shared/api/errors';
import type { FindingView, Internship, InternshipData } from '@shared/api/internship-fields';
import { durationInMonths } from '@shared/rules/calendar';
import { RULE_LABELS, type InternshipRuleSet } from '@shared/rules/internship-rules';
import { categoryOf, requireInternship } from '../../services/internships/internships';
import { ruleSetById, ruleSetFor } from '../../services/internships/rules-in-force';
import type { PolicyContext, RuleOf } from './rule';

function hiddenLimitMonths(rules: InternshipRuleSet): number {
  return Math.min(...RESTRICTED_CATEGORIES.map((c) => rules.maxMonthsByCategory[c]));
}

/** The limit for a saved file: the set it is checked against. */
const fileLimit = (ctx: PolicyContext, ruleSetId: string) => hiddenLimitMonths(ruleSetById(ctx, ruleSetId));

/** The checks read the person's category now, so their verdict tells it when that one is restricted. */
const personHidden = (ctx: PolicyContext, candidateId: string) => isRestrictedCategory(categoryOf(ctx, candidateId));

type Dates = Pick<InternshipData, 'startDate' | 'plannedEndDate'>;

function overHiddenLimit(data: Dates, limit: number): boolean {
  return Boolean(data.startDate && data.plannedEndDate && data.plannedEndDate >= data.startDate && durationInMonths(data.startDate, data.plannedEndDate) > limit);
}

function maskedFindings(findings: FindingView[], data: Dates, limit: number): FindingView[] {
  const others = findings.filter((f) => f.rule !== 'durata-massima');
  if (!overHiddenLimit(data, limit)) return others;
  return [
    ...others,
    {
      rule: 'durata-massima',
      ruleLabel: RULE_LABELS['durata-massima'],
      severity: 'warning',
      message: `Dura più di ${limit} mesi: per la categoria tutelata del candidato la durata massima la verifica il coordinatore, che può mandare la pratica in firma.`,
      waivable: false,
      field: 'plannedEndDate',
      waiver: null,
    },
  ];
}

/**
 * The file as the caller may see it. Its category is the one it was checked on when it started,
 * which may differ from the person's now: either being restricted hides it.
 */
function maskFile(file: Internship, ctx: PolicyContext): Internship {
  const person = personHidden(ctx, file.candidateId);
  if (!person && !isRestrictedCategory(file.targetCategory)) return file;
  const findings = person ? maskedFindings(file.findings, file, fileLimit(ctx, file.ruleSetId)) : file.findings;
  return { ...file, targetCategory: null, targetCategoryHidden: true, findings };
}

export const internshipRule: RuleOf<'internship'> = { answer: (file, _input, ctx) => maskFile(file, ctx) };

export const internshipCheckRule: RuleOf<'internshipCheck'> = {
  answer: (findings, input, ctx) => {
    if (!personHidden(ctx, input.data.candidateId)) return findings;
    // Unsaved data: the set in force at the start typed so far, as the check itself uses.
    return maskedFindings(findings, input.data, hiddenLimitMonths(ruleSetFor(ctx, input.data.startDate ?? ctx.today())));
  },
};

export const internshipExtensionRule: RuleOf<'internshipExtension'> = {
  guard: (input, ctx) => {
    const row = requireInternship(ctx, input.id);
    const limit = fileLimit(ctx, row.ruleSetId);
    if (personHidden(ctx, row.candidateId) && overHiddenLimit({ startDate: row.startDate, plannedEndDate: input.newEndDate }, limit)) {
      throw new AppError('FORBIDDEN', `Oltre i ${limit} mesi la proroga per questa categoria di candidato la registra un coordinatore.`);
    }
    return input;
  },
  answer: (file, _input, ctx) => maskFile(file, ctx),
};

export const internshipTransitionRule: RuleOf<'internshipTransition'> = {
  guard: (input, ctx) => {
    const row = requireInternship(ctx, input.id);
    if (!personHidden(ctx, row.candidateId) || (input.to !== 'in_firma' && input.to !== 'attivo')) return input;
    // Moving to signature re-chooses the set in force at the start: the limit is that set's.
    const limit = hiddenLimitMonths(row.status === 'bozza' ? ruleSetFor(ctx, row.startDate ?? ctx.today()) : ruleSetById(ctx, row.ruleSetId));
    if (overHiddenLimit(row, limit)) {
      throw new AppError('FORBIDDEN', `Oltre i ${limit} mesi la pratica di questa categoria di candidato la manda avanti un coordinatore.`);
    }
    return input;
  },
  // A refusal listing the findings must not name the hidden category's limit either.
  refusal: (error, input, ctx) => {
    if (!(error instanceof AppError) || !error.issues?.some((i) => i.path === 'plannedEndDate')) return error;
    if (!personHidden(ctx, requireInternship(ctx, input.id).candidateId)) return error;
    return new AppError('CONFLICT', 'Prima di procedere risolvi le verifiche bloccanti indicate nella pratica.', error.issues.filter((i) => i.path !== 'plannedEndDate'));
  },
  answer: (file, _input, ctx) => maskFile(file, ctx),
};
