import type { RagStatus } from '../../graphql/enums.ts';
import { MILESTONE_KINDS, type MilestoneKind } from '../../graphql/enums.ts';
import type { RagReason } from '../../graphql/projects.ts';
import { formatNumber } from '../../lib/format.ts';
import type { MessageParams } from '../../lib/i18n/translate.ts';
import type { MessageKey } from '../../lib/i18n/zh-CN.ts';

/** `t` of the current language (or `translate` bound to a catalogue, in tests). */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * A RAG reason (a code with string parameters, as the API sends it) as a sentence of the UI.
 * Numbers are formatted for the language; an unknown code (a newer server) still reads as something.
 *
 * @example
 * ragReasonText({ code: 'CONSTRUCTION_START_LATE', severity: 'RED',
 *   params: [{ name: 'months', value: '4' }, { name: 'started', value: 'true' }] }, 'zh-CN', t);
 * // '开工滞后计划 4 个月'
 */
export function ragReasonText(reason: RagReason, localeCode: string, t: Translate): string {
  const params = new Map(reason.params.map((p) => [p.name, p.value]));
  const num = (name: string, digits = 0): string => {
    const value = Number(params.get(name));
    return params.has(name) && Number.isFinite(value) ? formatNumber(value, localeCode, digits) : '?';
  };
  switch (reason.code) {
    case 'CONSTRUCTION_START_LATE':
      return t(
        params.get('started') === 'false'
          ? 'ragReason.CONSTRUCTION_START_LATE.notStarted'
          : 'ragReason.CONSTRUCTION_START_LATE',
        { months: num('months') },
      );
    case 'BEHIND_SCHEDULE': {
      const points = t('ragReason.BEHIND_SCHEDULE', { points: num('points', 1) });
      if (!params.has('plannedPercent') || !params.has('actualPercent')) return points;
      const basis = params.get('basis') === 'INVESTMENT' ? 'INVESTMENT' : 'REPORT';
      return t('ragReason.BEHIND_SCHEDULE.detail', {
        reason: points,
        planned: num('plannedPercent', 1),
        actual: num('actualPercent', 1),
        basis: t(`progressBasis.${basis}`),
      });
    }
    case 'MILESTONE_LATE': {
      const kind = params.get('milestone') ?? '';
      const milestone = isMilestoneKind(kind) ? t(`milestone.${kind}`) : kind;
      const days = Number(params.get('days'));
      const key = days === 1 ? 'ragReason.MILESTONE_LATE.one' : 'ragReason.MILESTONE_LATE.other';
      return t(key, { milestone, days: num('days') });
    }
    case 'NOT_STARTED_IN_PLANNED_MONTH':
      return t('ragReason.NOT_STARTED_IN_PLANNED_MONTH', {
        month: formatMonth(params.get('plannedMonth') ?? '', localeCode),
      });
    case 'NO_RECENT_REPORT': {
      const lastWeek = params.get('lastWeek');
      return lastWeek
        ? t('ragReason.NO_RECENT_REPORT.since', { weeks: num('weeks'), lastWeek })
        : t('ragReason.NO_RECENT_REPORT', { weeks: num('weeks') });
    }
    default:
      return t('ragReason.unknown', { code: String(reason.code) });
  }
}

function isMilestoneKind(value: string): value is MilestoneKind {
  return (MILESTONE_KINDS as readonly string[]).includes(value);
}

/**
 * A 'YYYY-MM' (or a full date) as a month of the language, e.g. 2026年5月 / May 2026; anything else as given.
 */
export function formatMonth(value: string, localeCode: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(localeCode, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

/** The first reason of a status in words, or '' when GREEN (the ledger shows one, the page all). */
export function firstReasonText(reasons: readonly RagReason[], localeCode: string, t: Translate): string {
  const first = reasons[0];
  return first ? ragReasonText(first, localeCode, t) : '';
}

const RAG_ORDER: Record<RagStatus, number> = { RED: 0, YELLOW: 1, GREEN: 2 };

/**
 * Projects red first, then yellow, then green; within a status, the order given (stable).
 *
 * @example
 * sortByRag([{ rag: { status: 'GREEN' } }, { rag: { status: 'RED' } }]); // red one first
 */
export function sortByRag<P extends { rag: { status: RagStatus } }>(projects: readonly P[]): P[] {
  return projects
    .map((project, index) => ({ project, index }))
    .sort((a, b) => RAG_ORDER[a.project.rag.status] - RAG_ORDER[b.project.rag.status] || a.index - b.index)
    .map(({ project }) => project);
}

/** How many projects have each status. */
export function ragCounts(projects: readonly { rag: { status: RagStatus } }[]): Record<RagStatus, number> {
  const counts: Record<RagStatus, number> = { RED: 0, YELLOW: 0, GREEN: 0 };
  for (const project of projects) counts[project.rag.status] += 1;
  return counts;
}
