/**
 * The metric definitions of DESIGN.md §1 and issue #10: ONE formula per metric, used by the zone
 * dashboard, the zone ranking, the weekly snapshots and the digests alike. Pure functions over rows a
 * repository loaded (no I/O, no clock: the period is given). docs/metrics.md states each formula,
 * unit and period in words; keep the two in step.
 *
 * Conventions:
 * - amounts are 万元 (as stored), land is 亩, dates are 'YYYY-MM-DD' in the Asia/Shanghai calendar;
 * - a period is a closed range of dates `{ from, to }`; a stock metric reads the state at `to`;
 * - a rate whose denominator is zero is `null` ("no data"), never 0 and never NaN, so a zone without
 *   signed projects is not ranked as if it had started none of them.
 */

/** Every metric, in display order. The keys are the GraphQL `MetricKey` values. */
export const METRIC_KEYS = [
  'SIGNED_INVESTMENT',
  'SIGNED_PROJECT_COUNT',
  'CONSTRUCTION_START_RATE',
  'PRODUCTION_RATE',
  'INVESTMENT_IN_PLACE_RATE',
  'INVESTMENT_PER_MU',
  'CHAIN_COMPLETENESS',
  'LEADS_CONVERTED',
  'SPECIALIZED_FIRM_COUNT',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export const METRIC_UNITS = ['WAN_YUAN', 'COUNT', 'RATIO', 'WAN_YUAN_PER_MU'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

/** The unit of each metric (RATIO is a share in [0, 1]; the UI shows it as a percentage). */
export const METRIC_UNIT: Readonly<Record<MetricKey, MetricUnit>> = {
  SIGNED_INVESTMENT: 'WAN_YUAN',
  SIGNED_PROJECT_COUNT: 'COUNT',
  CONSTRUCTION_START_RATE: 'RATIO',
  PRODUCTION_RATE: 'RATIO',
  INVESTMENT_IN_PLACE_RATE: 'RATIO',
  INVESTMENT_PER_MU: 'WAN_YUAN_PER_MU',
  CHAIN_COMPLETENESS: 'RATIO',
  LEADS_CONVERTED: 'COUNT',
  SPECIALIZED_FIRM_COUNT: 'COUNT',
};

/** One value per metric; null where the metric has no data (a zero denominator, no history). */
export type MetricValues = Record<MetricKey, number | null>;

/** A closed range of Asia/Shanghai calendar dates, 'YYYY-MM-DD'. */
export interface Period {
  from: string;
  to: string;
}

/** A project as the metrics read it: its figures and the actual dates of three milestones. */
export interface ProjectFacts {
  id: number;
  zoneId: number;
  /** 万元; null when unknown. */
  totalInvestment: number | null;
  /** 到位资金, 万元. */
  investmentToDate: number;
  /** 亩; null when unknown. */
  landMu: number | null;
  /** Actual date of the SIGNED milestone; a project without one is not (yet) a signed project. */
  signedOn: string | null;
  /** Actual date of CONSTRUCTION_START (开工). */
  constructionStartedOn: string | null;
  /** Actual date of PRODUCTION (投产). */
  productionStartedOn: string | null;
}

/** A lead as the metrics read it. */
export interface LeadFacts {
  id: number;
  zoneId: number;
  stage: string;
  /** 万元; null when unknown. */
  plannedInvestment: number | null;
  /** The day the lead was created. */
  createdOn: string;
  /** The date its stage last changed to SIGNED, null if it never did. */
  signedOn: string | null;
}

/** The pipeline stages of the funnel (DESIGN.md §6), in order; PAUSED and LOST are not in it. */
export const FUNNEL_STAGES = ['LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'SIGNED'] as const;

/** A firm located in a zone, as the firm-count metric reads it. */
export interface FirmFacts {
  zoneId: number;
  tags: readonly string[];
  /** The day the firm was recorded: the only history the firm table keeps. */
  recordedOn: string;
}

/** Firm tags that make a firm count as high-tech or specialized (高新技术 / 专精特新 / 小巨人). */
export const SPECIALIZED_TAGS: readonly string[] = ['HIGH_TECH', 'SPECIALIZED', 'LITTLE_GIANT'];

function within(date: string | null, period: Period): date is string {
  return date !== null && date >= period.from && date <= period.to;
}

function onOrBefore(date: string | null, day: string): date is string {
  return date !== null && date <= day;
}

/** numerator / denominator, or null when the denominator is zero: the one zero-denominator rule. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Projects signed on or before `day`: the base of the stock metrics (rates, investment per mu). */
export function signedBy(projects: readonly ProjectFacts[], day: string): ProjectFacts[] {
  return projects.filter((p) => onOrBefore(p.signedOn, day));
}

/**
 * 签约额: the total investment of the projects signed in the period, 万元. A project with an unknown
 * total counts 0.
 *
 * @example
 * signedInvestment(projects, { from: '2026-01-01', to: '2026-11-29' }); // 385000
 */
export function signedInvestment(projects: readonly ProjectFacts[], period: Period): number {
  return projects
    .filter((p) => within(p.signedOn, period))
    .reduce((sum, p) => sum + (p.totalInvestment ?? 0), 0);
}

/** 签约项目数: the number of projects signed in the period. */
export function signedProjectCount(projects: readonly ProjectFacts[], period: Period): number {
  return projects.filter((p) => within(p.signedOn, period)).length;
}

/**
 * 开工率: of the projects signed by `day`, the share whose construction had started by `day`.
 * Null when no project was signed by then.
 */
export function constructionStartRate(projects: readonly ProjectFacts[], day: string): number | null {
  const signed = signedBy(projects, day);
  return ratio(signed.filter((p) => onOrBefore(p.constructionStartedOn, day)).length, signed.length);
}

/** 投产率: of the projects signed by `day`, the share in production by `day`. Null without any. */
export function productionRate(projects: readonly ProjectFacts[], day: string): number | null {
  const signed = signedBy(projects, day);
  return ratio(signed.filter((p) => onOrBefore(p.productionStartedOn, day)).length, signed.length);
}

/**
 * 资金到位率: investment to date over total investment, summed over the projects signed by `day` that
 * have a total. Investment to date has no history: this is a current-state metric (null in backfills).
 * Null when the totals sum to zero.
 */
export function investmentInPlaceRate(projects: readonly ProjectFacts[], day: string): number | null {
  return investmentProgress(projects, day).rate;
}

/**
 * Investment to date against plan (the dashboard's "到位 vs 计划"): the sums behind 资金到位率, 万元,
 * over the projects signed by `day` that have a total investment.
 */
export function investmentProgress(
  projects: readonly ProjectFacts[],
  day: string,
): { planned: number; inPlace: number; rate: number | null } {
  const withTotal = signedBy(projects, day).filter((p) => p.totalInvestment !== null);
  const planned = withTotal.reduce((sum, p) => sum + (p.totalInvestment ?? 0), 0);
  const inPlace = withTotal.reduce((sum, p) => sum + p.investmentToDate, 0);
  return { planned, inPlace, rate: ratio(inPlace, planned) };
}

/**
 * 亩均投资: total investment over land, 万元 per 亩, over the projects signed by `day` that have both
 * a total and a land area above zero (projects without land, e.g. offices, would inflate it).
 * Null when no project qualifies.
 */
export function investmentPerMu(projects: readonly ProjectFacts[], day: string): number | null {
  const withLand = signedBy(projects, day).filter(
    (p) => p.totalInvestment !== null && p.landMu !== null && p.landMu > 0,
  );
  const investment = withLand.reduce((sum, p) => sum + (p.totalInvestment ?? 0), 0);
  const land = withLand.reduce((sum, p) => sum + (p.landMu ?? 0), 0);
  return ratio(investment, land);
}

/** 线索转化数: leads whose stage changed to SIGNED in the period. */
export function leadsConverted(leads: readonly LeadFacts[], period: Period): number {
  return leads.filter((l) => within(l.signedOn, period)).length;
}

/** 新增线索: leads created in the period. */
export function newLeadCount(leads: readonly LeadFacts[], period: Period): number {
  return leads.filter((l) => within(l.createdOn, period)).length;
}

/**
 * The pipeline funnel now: for each stage, the leads in it and their planned investment (万元, an
 * unknown amount counts 0).
 */
export function pipelineFunnel(
  leads: readonly LeadFacts[],
): { stage: (typeof FUNNEL_STAGES)[number]; count: number; plannedInvestment: number }[] {
  return FUNNEL_STAGES.map((stage) => {
    const inStage = leads.filter((l) => l.stage === stage);
    return {
      stage,
      count: inStage.length,
      plannedInvestment: inStage.reduce((sum, l) => sum + (l.plannedInvestment ?? 0), 0),
    };
  });
}

/** 高新技术 / 专精特新 firms located in the zone and recorded by `day`. */
export function specializedFirmCount(firms: readonly FirmFacts[], day: string): number {
  return firms.filter((f) => f.recordedOn <= day && f.tags.some((t) => SPECIALIZED_TAGS.includes(t))).length;
}

/**
 * 产业链完整度 of a zone: the mean of the completeness of each chain it pursues, each computed by the
 * graph package (DESIGN.md §5: covered segment weight over all segment weight). Null for a zone that
 * pursues no chain. The mean is unweighted: every pursued chain counts the same.
 */
export function zoneChainCompleteness(chainCompleteness: readonly number[]): number | null {
  if (chainCompleteness.length === 0) return null;
  return chainCompleteness.reduce((sum, c) => sum + c, 0) / chainCompleteness.length;
}

/** Everything one zone's metrics are computed from. */
export interface ZoneFacts {
  projects: readonly ProjectFacts[];
  leads: readonly LeadFacts[];
  firms: readonly FirmFacts[];
  /** Completeness of each pursued chain at the end of the period (from the graph package). */
  chainCompleteness: readonly number[];
  /** False when computing a past period: current-state-only metrics are then null. */
  current: boolean;
}

/**
 * All metrics of one zone for a period: flows (签约额, 签约项目数, 线索转化数) over the period, stocks
 * (rates, 亩均投资, completeness, firm count) at its last day.
 *
 * @example
 * computeMetrics(facts, { from: '2026-01-01', to: '2026-11-29' }).CONSTRUCTION_START_RATE; // 0.5
 */
export function computeMetrics(facts: ZoneFacts, period: Period): MetricValues {
  return {
    SIGNED_INVESTMENT: signedInvestment(facts.projects, period),
    SIGNED_PROJECT_COUNT: signedProjectCount(facts.projects, period),
    CONSTRUCTION_START_RATE: constructionStartRate(facts.projects, period.to),
    PRODUCTION_RATE: productionRate(facts.projects, period.to),
    INVESTMENT_IN_PLACE_RATE: facts.current ? investmentInPlaceRate(facts.projects, period.to) : null,
    INVESTMENT_PER_MU: investmentPerMu(facts.projects, period.to),
    CHAIN_COMPLETENESS: zoneChainCompleteness(facts.chainCompleteness),
    LEADS_CONVERTED: leadsConverted(facts.leads, period),
    SPECIALIZED_FIRM_COUNT: specializedFirmCount(facts.firms, period.to),
  };
}
