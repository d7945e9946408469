import { assertUnreachable } from '../errors';
import type { MilestoneKind, RagStatus } from './project-enums';
import type { RagReason } from './rag';

/**
 * The Chinese sentences of RAG statuses and reasons, for the weekly sheet (调度表), which is read
 * as a file with no UI to translate codes. The web app translates the same codes from its messages.
 */
export const MILESTONE_LABELS: Record<MilestoneKind, string> = {
  SIGNED: '签约',
  LAND: '供地',
  PERMITS: '审批',
  CONSTRUCTION_START: '开工',
  COMPLETION: '竣工',
  PRODUCTION: '投产',
};

export const RAG_LABELS: Record<RagStatus, string> = { RED: '红灯', YELLOW: '黄灯', GREEN: '绿灯' };

/**
 * One reason as a sentence.
 *
 * @example
 * reasonText({ code: 'CONSTRUCTION_START_LATE', severity: 'RED', params: { months: 4, days: 131, started: false } });
 * // '开工滞后计划 4 个月（131 天），尚未开工'
 */
export function reasonText(reason: RagReason): string {
  const p = reason.params;
  switch (reason.code) {
    case 'CONSTRUCTION_START_LATE':
      return `开工滞后计划 ${p.months} 个月（${p.days} 天）${p.started ? '' : '，尚未开工'}`;
    case 'BEHIND_SCHEDULE':
      return `进度落后序时 ${p.points} 个百分点（序时 ${p.plannedPercent}%，实际 ${p.actualPercent}%${
        p.basis === 'INVESTMENT' ? '，按资金到位' : ''
      }）`;
    case 'MILESTONE_LATE':
      return `${MILESTONE_LABELS[p.milestone as MilestoneKind] ?? String(p.milestone)}滞后计划 ${p.days} 天`;
    case 'NOT_STARTED_IN_PLANNED_MONTH':
      return `未在计划月份（${p.plannedMonth}）开工`;
    case 'NO_RECENT_REPORT':
      return p.lastWeek
        ? `已 ${p.weeks} 周未报送调度（最近一次 ${p.lastWeek}）`
        : `已 ${p.weeks} 周未报送调度`;
    default:
      return assertUnreachable(reason.code);
  }
}

/** All reasons of a status, worst first, joined as the sheet's 原因 cell. */
export function reasonsText(reasons: readonly RagReason[]): string {
  return reasons.map(reasonText).join('；');
}
