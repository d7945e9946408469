import { assertUnreachable } from '../errors';
import type { MilestoneKind, RagStatus } from '../projects/project-enums';
import type { RagReason } from '../projects/rag';
import { RAG_LABELS, reasonText } from '../projects/rag-reason-text';

/**
 * The words of a digest in each locale. The mail is read outside the web app, so it carries its
 * own sentences; Chinese RAG reasons reuse the weekly sheet's (projects/rag-reason-text.ts).
 */
export interface DigestMessages {
  subject(week: string, name: string): string;
  greeting(name: string): string;
  intro(week: string, monday: string, sunday: string): string;
  quietWeek: string;
  sections: Record<DigestSectionKey, string>;
  stage(stage: string): string;
  rag(status: RagStatus): string;
  reason(reason: RagReason): string;
  followUpOn(date: string): string;
  overdueSince(date: string, days: number): string;
  quietFor(days: number): string;
  stageChange(from: string | null, to: string): string;
  movedInto(count: number): string;
  investment(amount: number): string;
  problems: string;
  supportNeeded: string;
  /** 'label：value' in Chinese, 'label: value' in English. */
  labelled(label: string, value: string): string;
  latestReport(week: string): string;
  noReport: string;
  completeness(percent: number): string;
  completenessWithSignings(before: number, after: number): string;
  footer: string;
  settingsLink: string;
  unsubscribeLink: string;
  openInApp: string;
}

export type DigestSectionKey =
  | 'FOLLOW_UPS_DUE'
  | 'FOLLOW_UPS_OVERDUE'
  | 'STALLED_LEADS'
  | 'STAGE_CHANGES'
  | 'PIPELINE_MOVEMENT'
  | 'NEW_SIGNINGS'
  | 'RED_YELLOW_PROJECTS'
  | 'CHAIN_COMPLETENESS'
  | 'ACCOUNTABLE_PROJECTS';

const STAGES_ZH: Record<string, string> = {
  LEAD: '线索',
  CONTACTED: '接洽',
  VISITED: '考察',
  NEGOTIATING: '洽谈',
  SIGNED: '签约',
  PAUSED: '暂缓',
  LOST: '终止',
};
const STAGES_EN: Record<string, string> = {
  LEAD: 'Lead',
  CONTACTED: 'Contacted',
  VISITED: 'Visited',
  NEGOTIATING: 'Negotiating',
  SIGNED: 'Signed',
  PAUSED: 'Paused',
  LOST: 'Lost',
};
const MILESTONES_EN: Record<MilestoneKind, string> = {
  SIGNED: 'signing',
  LAND: 'land',
  PERMITS: 'permits',
  CONSTRUCTION_START: 'construction start',
  COMPLETION: 'completion',
  PRODUCTION: 'production',
};

const percent = (value: number) => `${Math.round(value * 100)}%`;

function reasonEn(reason: RagReason): string {
  const p = reason.params;
  switch (reason.code) {
    case 'CONSTRUCTION_START_LATE':
      return `construction start ${p.months} months (${p.days} days) behind plan${p.started ? '' : ', not started'}`;
    case 'BEHIND_SCHEDULE':
      return `${p.points} points behind schedule (planned ${p.plannedPercent}%, actual ${p.actualPercent}%)`;
    case 'MILESTONE_LATE':
      return `${MILESTONES_EN[p.milestone as MilestoneKind] ?? String(p.milestone)} ${p.days} days late`;
    case 'NOT_STARTED_IN_PLANNED_MONTH':
      return `not started in its planned month (${p.plannedMonth})`;
    case 'NO_RECENT_REPORT':
      return `no progress report for ${p.weeks} weeks${p.lastWeek ? ` (last: ${p.lastWeek})` : ''}`;
    default:
      return assertUnreachable(reason.code);
  }
}

const zhCN: DigestMessages = {
  subject: (week, name) => `链招周报 ${week} · ${name}`,
  greeting: (name) => `${name}，您好：`,
  intro: (week, monday, sunday) => `这是 ${week}（${monday} 至 ${sunday}）的工作周报。`,
  quietWeek: '本周没有需要您关注的事项。',
  sections: {
    FOLLOW_UPS_DUE: '本周待跟进',
    FOLLOW_UPS_OVERDUE: '跟进已逾期',
    STALLED_LEADS: '停滞线索',
    STAGE_CHANGES: '上周阶段变化',
    PIPELINE_MOVEMENT: '上周线索推进',
    NEW_SIGNINGS: '上周新签约',
    RED_YELLOW_PROJECTS: '红灯、黄灯项目',
    CHAIN_COMPLETENESS: '产业链完整度',
    ACCOUNTABLE_PROJECTS: '您挂点的项目',
  },
  stage: (stage) => STAGES_ZH[stage] ?? stage,
  rag: (status) => RAG_LABELS[status],
  reason: reasonText,
  followUpOn: (date) => `计划跟进：${date}`,
  overdueSince: (date, days) => `应于 ${date} 跟进，已逾期 ${days} 天`,
  quietFor: (days) => `已 ${days} 天无跟进记录`,
  stageChange: (from, to) => (from ? `${STAGES_ZH[from] ?? from} → ${STAGES_ZH[to] ?? to}` : '新建线索'),
  movedInto: (count) => `${count} 条线索`,
  investment: (amount) => `投资 ${amount.toLocaleString('zh-CN')} 万元`,
  problems: '问题/堵点',
  supportNeeded: '需协调事项',
  labelled: (label, value) => `${label}：${value}`,
  latestReport: (week) => `最近调度：${week}`,
  noReport: '尚无调度报告',
  completeness: (value) => `完整度 ${percent(value)}`,
  completenessWithSignings: (before, after) => `上周签约企业落地后：${percent(before)} → ${percent(after)}`,
  footer: '此邮件由链招系统每周一自动发送。',
  settingsLink: '邮件设置',
  unsubscribeLink: '退订周报',
  openInApp: '在链招中打开',
};

const en: DigestMessages = {
  subject: (week, name) => `Lianzhao weekly digest ${week} · ${name}`,
  greeting: (name) => `Hello ${name},`,
  intro: (week, monday, sunday) => `Here is your digest for ${week} (${monday} to ${sunday}).`,
  quietWeek: 'Nothing needs your attention this week.',
  sections: {
    FOLLOW_UPS_DUE: 'Follow-ups due this week',
    FOLLOW_UPS_OVERDUE: 'Overdue follow-ups',
    STALLED_LEADS: 'Stalled leads',
    STAGE_CHANGES: 'Stage changes last week',
    PIPELINE_MOVEMENT: 'Pipeline movement last week',
    NEW_SIGNINGS: 'New signings last week',
    RED_YELLOW_PROJECTS: 'Red and yellow projects',
    CHAIN_COMPLETENESS: 'Chain completeness',
    ACCOUNTABLE_PROJECTS: 'Projects you are accountable for',
  },
  stage: (stage) => STAGES_EN[stage] ?? stage,
  rag: (status) => ({ RED: 'Red', YELLOW: 'Yellow', GREEN: 'Green' })[status],
  reason: reasonEn,
  followUpOn: (date) => `Follow up on ${date}`,
  overdueSince: (date, days) => `Was due ${date}, ${days} days overdue`,
  quietFor: (days) => `No activity for ${days} days`,
  stageChange: (from, to) => (from ? `${STAGES_EN[from] ?? from} → ${STAGES_EN[to] ?? to}` : 'New lead'),
  movedInto: (count) => `${count} lead${count === 1 ? '' : 's'}`,
  investment: (amount) => `Investment ${amount.toLocaleString('en')} ×10⁴ CNY`,
  problems: 'Problems',
  supportNeeded: 'Support needed',
  labelled: (label, value) => `${label}: ${value}`,
  latestReport: (week) => `Latest report: ${week}`,
  noReport: 'No progress report yet',
  completeness: (value) => `Completeness ${percent(value)}`,
  completenessWithSignings: (before, after) =>
    `Once last week's signings settle: ${percent(before)} → ${percent(after)}`,
  footer: 'Lianzhao sends this digest every Monday morning.',
  settingsLink: 'Email settings',
  unsubscribeLink: 'Unsubscribe',
  openInApp: 'Open in Lianzhao',
};

export function digestMessages(locale: string): DigestMessages {
  return locale === 'en' ? en : zhCN;
}
