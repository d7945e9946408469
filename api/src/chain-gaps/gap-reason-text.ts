import type { CandidateReason } from '@lianzhao/graph';

/**
 * Candidate reasons in Chinese for exports (the web translates the same codes from its catalogues;
 * a spreadsheet has no UI to translate it later).
 */
export function reasonText(reason: CandidateReason): string {
  const p = reason.params;
  switch (reason.code) {
    case 'SUPPLIES_LOCAL_ANCHOR':
      return `为本区 ${p.anchorCount} 家链主企业配套`;
    case 'SUPPLIES_LOCAL_FIRM':
      return `为本区 ${p.firmCount} 家企业配套`;
    case 'SUPPLIES_CHAIN_ANCHOR':
      return `为区外 ${p.anchorCount} 家本链链主配套`;
    case 'TAG_LITTLE_GIANT':
      return '专精特新小巨人';
    case 'TAG_SPECIALIZED':
      return '专精特新';
    case 'TAG_LISTED':
      return '上市企业';
    case 'TAG_HIGH_TECH':
      return '高新技术企业';
    case 'PROXIMITY_SAME_PROVINCE':
      return `同省（${p.province}）`;
    case 'PROXIMITY_JINGJINJI':
      return `京津冀（${p.province}）`;
    case 'SIZE':
      return `营收 ${Number(p.revenue).toLocaleString('zh-CN')} 万元`;
    default:
      return reason.code;
  }
}
