import type { MilestoneKind, Scenario } from '../project-plan';

/** Weekly report texts by phase; {p} is the progress percentage. */
export const PROGRESS_TEXTS = {
  PREP: [
    '完成项目备案，正在办理土地摘牌手续。',
    '规划设计方案通过评审，施工图设计进行中。',
    '能评、环评报告编制完成，已报送审批。',
    '完成地质勘察，施工总承包招标进行中。',
  ],
  BUILD: [
    '主体结构施工中，累计完成形象进度{p}%。',
    '钢结构厂房吊装完成，屋面和墙面施工中，形象进度{p}%。',
    '生产车间主体封顶，办公楼二次结构施工中，形象进度{p}%。',
    '设备基础施工完成，首批生产设备进场安装，形象进度{p}%。',
    '室外管网和道路施工中，配电室设备安装，形象进度{p}%。',
  ],
  DONE: [
    '项目已投产，产能逐步释放。',
    '一期产线满负荷运行，二期设备调试中。',
    '项目稳定生产，正在申报规上企业入库。',
  ],
} as const;

/** Problems (堵点) and support needed (需协调事项) that explain the red and yellow projects. */
export const SCENARIO_ISSUES: Partial<
  Record<Scenario, readonly (readonly [problem: string, support: string])[]>
> = {
  RED_START: [
    ['施工许可证办理滞后，总包单位迟迟未进场。', '请求住建局开辟绿色通道，加快办理施工许可。'],
    ['企业融资未到位，开工时间一再推迟。', '请求协调金融机构提供项目贷款支持。'],
  ],
  RED_BEHIND: [
    ['施工队伍人员不足，主体工程进度严重滞后。', '请求协调劳务用工，增加施工人员。'],
    ['主要设备供应商交付延期，安装进度滞后。', '请求协调设备供应商保障交付。'],
  ],
  RED_LAND: [
    ['地块涉及村庄搬迁，征收补偿协议尚未全部签订。', '请求市政府协调征迁工作，加快土地交付。'],
    ['土地组卷报批尚未获批。', '请求市自然资源和规划局加快土地组卷报批。'],
  ],
  RED_COMPLETION: [
    ['消防验收整改未完成，竣工验收推迟。', '请求消防部门提前介入指导验收。'],
    ['专用设备调试反复，工艺验证未通过。', '请求协调专家团队现场指导工艺验证。'],
  ],
  YELLOW_BEHIND: [
    ['雨季影响室外施工，进度略有滞后。', '请求协调延长夜间施工许可时间。'],
    ['钢材价格上涨，部分分包合同重新议价。', '请求协调本地钢材供应商保障供货。'],
  ],
  YELLOW_PERMITS: [['环评批复等待专家评审意见。', '请求生态环境局加快环评审批。']],
  YELLOW_START_MONTH: [['施工用电增容未落实，暂未开工。', '请求协调供电公司加快施工用电增容。']],
};

/** Notes on milestones that are late. */
export const LATE_NOTES: Record<MilestoneKind, string> = {
  SIGNED: '',
  LAND: '地块征迁未完成，尚未摘牌。',
  PERMITS: '环评、施工许可尚未办结。',
  CONSTRUCTION_START: '未能按计划开工。',
  COMPLETION: '竣工验收推迟。',
  PRODUCTION: '等待竣工验收后投产。',
};

/** Units that a project can be assigned to, after the zone's short name. */
export const RESPONSIBLE_UNITS = [
  '投资促进局',
  '经济发展局',
  '规划建设局',
  '科技创新局',
  '项目服务中心',
] as const;

/** Titles of fictional accountable leaders; {zone} is the zone's short name. */
export const LEADER_TITLES = [
  ['书记', '{zone}党工委书记'],
  ['主任', '{zone}管委会主任'],
  ['副主任', '{zone}管委会副主任'],
] as const;

/** Project-level activities; {project} is the project name, {leader} the accountable leader. */
export const PROJECT_ACTIVITIES = [
  ['MEETING', '召开项目推进调度会，逐项梳理{project}存在的问题和责任分工。'],
  ['VISIT', '{leader}带队到{project}现场督导，要求倒排工期、挂图作战。'],
  ['NOTE', '更新{project}投资台账和形象进度照片。'],
] as const;
