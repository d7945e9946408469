import { MILESTONE_KINDS, type MilestoneKind } from '../../graphql/enums.ts';
import type { MessageKey } from '../../lib/i18n/zh-CN.ts';
import type { Translate } from './rag-reasons.ts';

const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'project.field.name',
  totalInvestment: 'project.field.totalInvestment',
  fixedAssetInvestment: 'project.field.fixedAssetInvestment',
  investmentToDate: 'project.field.investmentToDate',
  landMu: 'project.field.landMu',
  expectedAnnualOutput: 'project.field.expectedAnnualOutput',
  expectedAnnualTax: 'project.field.expectedAnnualTax',
  accountableLeaderName: 'project.field.accountableLeaderName',
  accountableLeaderTitle: 'project.field.accountableLeaderTitle',
  accountableLeaderId: 'project.field.accountableLeaderAccount',
  responsibleUnit: 'project.field.responsibleUnit',
  contactName: 'project.field.contactName',
  contactPhone: 'project.field.contactPhone',
  segmentIds: 'project.segments',
  plannedOn: 'project.milestone.planned',
  actualOn: 'project.milestone.actual',
  note: 'project.field.note',
  progressPercent: 'project.reports.percentLabel',
  progress: 'project.reports.progress',
  problems: 'project.reports.problems',
  supportNeeded: 'project.reports.supportNeeded',
};

/** A changed field's label in the UI language; a field the UI does not know keeps its API name. */
export function historyFieldLabel(field: string, t: Translate): string {
  const key = FIELD_LABELS[field];
  return key ? t(key) : field;
}

/**
 * What an audit entry changed, in words: the project, one of its milestones, or a week's report.
 *
 * @example
 * historySubject('milestone:CONSTRUCTION_START', t); // '节点：开工'
 */
export function historySubject(subject: string, t: Translate): string {
  const [kind, rest = ''] = subject.split(/:(.*)/s);
  if (kind === 'milestone' && (MILESTONE_KINDS as readonly string[]).includes(rest)) {
    return t('project.history.subject.milestone', { milestone: t(`milestone.${rest as MilestoneKind}`) });
  }
  if (kind === 'progressReport') return t('project.history.subject.report', { week: rest });
  if (kind === 'project') return t('project.history.subject.project');
  return subject;
}
