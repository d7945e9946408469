import type { MilestoneKind, ProgressBasis, RagReasonCode, RagStatus } from '../project-enums';

export type { MilestoneKind, ProgressBasis, RagReasonCode, RagStatus };

/** One milestone as the rules see it; dates are 'YYYY-MM-DD' in the Asia/Shanghai calendar. */
export interface RagMilestone {
  kind: MilestoneKind;
  plannedOn: string | null;
  actualOn: string | null;
}

/** Everything the rules read about one project. No clock: `today` is given. */
export interface RagInput {
  /** The day to judge at, 'YYYY-MM-DD' in the Asia/Shanghai calendar. */
  today: string;
  milestones: readonly RagMilestone[];
  /** 万元; null when unknown. */
  totalInvestment: number | null;
  /** 万元 (到位资金). */
  investmentToDate: number;
  /** The report of the latest ISO week, if any. */
  latestReport: { isoWeek: string; progressPercent: number | null } | null;
  /** The day reports became due when there is none yet: the signing, else the project's creation. */
  reportsDueFrom: string;
}

/** A reason with the facts the UI needs for its sentence (「开工滞后计划 4 个月」). */
export interface RagReason {
  code: RagReasonCode;
  /** The status this reason alone would give. */
  severity: Exclude<RagStatus, 'GREEN'>;
  params: Record<string, string | number | boolean>;
}

/** Planned (序时) and actual progress in percent, when the project has the dates and figures for them. */
export interface ProgressComparison {
  plannedPercent: number;
  actualPercent: number;
  basis: ProgressBasis;
}

export interface RagResult {
  status: RagStatus;
  /** Every reason that applies, worst first; empty when GREEN. */
  reasons: RagReason[];
  progress: ProgressComparison | null;
}
