import { completeUscc, USCC_ALPHABET } from '../../api/src/firms/uscc';
import type { Random } from './random';

/** Firm names built from parts, so that searches by substring or pinyin initials find many or few. */
const PLACES: readonly string[] = [
  '河北',
  '石家庄',
  '保定',
  '唐山',
  '廊坊',
  '沧州',
  '邯郸',
  '北京',
  '天津',
  '苏州',
  '深圳',
  '杭州',
];
const WORDS: readonly string[] = [
  '华',
  '中',
  '泰',
  '科',
  '瑞',
  '恒',
  '达',
  '润',
  '鑫',
  '博',
  '宏',
  '联',
  '创',
  '信',
  '星',
  '海',
  '安',
  '德',
  '汇',
  '明',
  '金',
  '丰',
  '源',
  '凯',
];
const TRADES: readonly string[] = [
  '新能源',
  '电子',
  '新材料',
  '装备',
  '生物',
  '汽车部件',
  '智能',
  '精密',
  '医药',
  '化工',
];
const SUFFIXES: readonly string[] = ['科技有限公司', '股份有限公司', '有限公司', '制造有限公司'];

/** A plausible firm name, e.g. '保定瑞达电子有限公司'; its trade follows the chain. */
export function firmName(random: Random, chainIndex: number): string {
  const parts = [
    random.pick(PLACES),
    random.pick(WORDS),
    random.pick(WORDS),
    TRADES[chainIndex % TRADES.length]!,
    random.pick(SUFFIXES),
  ];
  return parts.join('');
}

const REGION_CODES = ['130100', '130200', '130600', '131000', '130900', '110108', '120116', '320500'];

/**
 * A checksum-valid USCC unique to the firm's number: '91' (an enterprise), a region code, and the
 * firm's number written in the code alphabet as the 9-character organisation code.
 */
export function firmUscc(firmNumber: number): string {
  let org = '';
  let rest = firmNumber;
  for (let i = 0; i < 9; i++) {
    org = USCC_ALPHABET.charAt(rest % USCC_ALPHABET.length) + org;
    rest = Math.floor(rest / USCC_ALPHABET.length);
  }
  return completeUscc(`91${REGION_CODES[firmNumber % REGION_CODES.length]}${org}`);
}

export const HEBEI_CITIES = [
  '石家庄市',
  '唐山市',
  '秦皇岛市',
  '邯郸市',
  '邢台市',
  '保定市',
  '张家口市',
  '承德市',
  '沧州市',
  '廊坊市',
  '衡水市',
];

/** Where firms outside every zone are, weighted: Hebei and its neighbours first. */
export const OUTSIDE_PROVINCES = {
  河北省: 20,
  北京市: 18,
  天津市: 12,
  江苏省: 12,
  广东省: 10,
  浙江省: 9,
  上海市: 8,
  山东省: 7,
  河南省: 4,
} as const;
