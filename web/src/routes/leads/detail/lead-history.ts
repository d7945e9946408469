import { LEAD_SOURCES, LEAD_STAGES, PRIORITIES } from '../../../graphql/enums.ts';
import type { MessageParams } from '../../../lib/i18n/translate.ts';
import type { MessageKey } from '../../../lib/i18n/zh-CN.ts';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

const FIELD_LABELS: Record<string, MessageKey> = {
  title: 'lead.field.title',
  stage: 'lead.field.stage',
  source: 'lead.field.source',
  priority: 'lead.field.priority',
  plannedInvestment: 'lead.field.plannedInvestment',
  nextFollowUpOn: 'lead.field.nextFollowUpOn',
  expectedSigningOn: 'lead.field.expectedSigningOn',
  lostReason: 'lead.field.lostReason',
  segmentIds: 'lead.field.segmentIds',
  ownerId: 'lead.field.ownerId',
  firmId: 'lead.firm',
  deletedAt: 'lead.field.deletedAt',
};

/** A changed field's label in the UI language; a field the UI does not know keeps its API name. */
export function historyFieldLabel(field: string, t: Translate): string {
  const key = FIELD_LABELS[field];
  return key ? t(key) : field;
}

/**
 * A before/after value as the history shows it: enum values in words, empty as a dash. Everything
 * else is shown as the text it is (never as HTML).
 */
export function historyValue(field: string, value: string | null, t: Translate): string {
  if (value === null || value === '') return '—';
  if (field === 'stage' && (LEAD_STAGES as readonly string[]).includes(value)) {
    return t(`leadStage.${value as (typeof LEAD_STAGES)[number]}`);
  }
  if (field === 'source' && (LEAD_SOURCES as readonly string[]).includes(value)) {
    return t(`leadSource.${value as (typeof LEAD_SOURCES)[number]}`);
  }
  if (field === 'priority' && (PRIORITIES as readonly string[]).includes(value)) {
    return t(`priority.${value as (typeof PRIORITIES)[number]}`);
  }
  return value;
}

const ACTIONS = ['CREATE', 'UPDATE', 'MOVE', 'DELETE', 'RESTORE', 'REASSIGN'] as const;

/** An audit action in words (an unknown one as the API spells it). */
export function historyAction(action: string, t: Translate): string {
  return (ACTIONS as readonly string[]).includes(action)
    ? t(`lead.action.${action as (typeof ACTIONS)[number]}`)
    : action;
}

/** An instant as a date and Beijing time, e.g. '2026年11月27日 14:05'. */
export function formatDateTime(iso: string, formatDate: (iso: string) => string = defaultDate): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Shanghai',
  }).format(date);
  return `${formatDate(iso)} ${time}`;
}

function defaultDate(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));
}
