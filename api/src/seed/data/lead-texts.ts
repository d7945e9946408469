/**
 * Chinese texts for demo leads and their activities. Placeholders: {firm} the firm's short name,
 * {segment} the segment it would fill, {zone} the zone's short name, {city} the firm's city,
 * {reason} the lost reason.
 */
export type LeadStage = 'LEAD' | 'CONTACTED' | 'VISITED' | 'NEGOTIATING' | 'SIGNED' | 'PAUSED' | 'LOST';
export type ActivityKind = 'CALL' | 'VISIT' | 'MEETING' | 'EMAIL' | 'NOTE';

/** What gets logged when a lead enters a stage. */
export const STAGE_ACTIVITIES: Record<LeadStage, readonly (readonly [ActivityKind, string])[]> = {
  LEAD: [
    ['NOTE', '录入线索：{firm}为{segment}环节企业，有在北方布局新产能的计划。'],
    ['NOTE', '链主企业推荐：{firm}是其{segment}核心供应商，建议对接。'],
    ['NOTE', '从产业链图谱缺链清单中筛选出{firm}，列为{segment}补链目标。'],
  ],
  CONTACTED: [
    ['CALL', '首次电话接洽{firm}投资发展部，介绍{zone}{segment}配套情况和扶持政策，对方表示有兴趣。'],
    ['EMAIL', '向{firm}发送{zone}招商手册和{segment}产业链配套清单，约定后续沟通。'],
    ['MEETING', '在产业链对接会上与{firm}负责人交流，初步了解其扩产选址需求。'],
  ],
  VISITED: [
    ['VISIT', '陪同{firm}考察团实地考察{zone}标准厂房和周边配套企业。'],
    ['VISIT', '赴{city}拜访{firm}总部，与分管副总裁座谈，介绍园区用地和人才政策。'],
  ],
  NEGOTIATING: [
    ['MEETING', '与{firm}就用地规模、厂房代建和设备补贴条款进行第一轮洽谈。'],
    ['MEETING', '{zone}管委会与{firm}召开项目洽谈会，讨论投资协议文本。'],
  ],
  SIGNED: [['MEETING', '{firm}项目正式签约，双方签署投资协议。']],
  PAUSED: [
    ['NOTE', '{firm}反馈董事会暂缓审议投资计划，约定三个月后再沟通。'],
    ['NOTE', '企业因市场下行暂缓扩产，项目暂缓推进，保持联系。'],
  ],
  LOST: [['NOTE', '项目终止：{reason}。']],
};

/** Follow-ups between stage changes. */
export const FOLLOW_UPS: readonly (readonly [ActivityKind, string])[] = [
  ['CALL', '电话跟进{firm}，确认对方投资决策进度。'],
  ['CALL', '与{firm}项目负责人通话，补充提供{segment}上下游企业名单。'],
  ['EMAIL', '向{firm}发送用地红线图和能耗指标说明。'],
  ['EMAIL', '回复{firm}关于人才公寓和子女入学政策的咨询。'],
  ['NOTE', '内部研判：{firm}落地可补齐{segment}环节，建议列为重点跟踪。'],
  ['MEETING', '视频会议：与{firm}讨论项目初步方案和投资强度。'],
];

export const LOST_REASONS = [
  '企业最终选择在江苏落地',
  '企业投资计划取消',
  '园区用地指标无法满足企业需求',
  '能耗指标不足，无法承接',
  '企业经营困难，暂停对外扩张',
  '竞争园区给出更优惠的政策条件',
  '项目与园区产业定位不符',
] as const;

export const STAGE_NOTES: Partial<Record<LeadStage, string>> = {
  CONTACTED: '已建立联系',
  VISITED: '完成实地考察',
  NEGOTIATING: '进入实质性洽谈',
  SIGNED: '签署投资协议',
  PAUSED: '企业暂缓投资计划',
};

/** Fills the {placeholders} of a template. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
