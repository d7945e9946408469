import { describe, expect, it } from 'vitest';
import type { CandidateReason } from '../../graphql/chain-gaps.ts';
import { CANDIDATE_REASON_CODES } from '../../graphql/enums.ts';
import { en } from '../../lib/i18n/en.ts';
import { translate } from '../../lib/i18n/translate.ts';
import { zhCN } from '../../lib/i18n/zh-CN.ts';
import { describeReason } from './candidate-reasons.ts';

function reason(code: CandidateReason['code'], params: Record<string, string> = {}): CandidateReason {
  return { code, points: 1, params: Object.entries(params).map(([name, value]) => ({ name, value })) };
}

function inChinese(r: CandidateReason): string {
  const words = describeReason(r, 'zh-CN');
  return translate(zhCN, words.key, words.params);
}

function inEnglish(r: CandidateReason): string {
  const words = describeReason(r, 'en');
  return translate(en, words.key, words.params);
}

describe('describeReason', () => {
  it('says how many local anchors a firm supplies, in both languages', () => {
    const supplies = reason('SUPPLIES_LOCAL_ANCHOR', { anchorCount: '2' });
    expect(inChinese(supplies)).toBe('为本区 2 家链主企业配套');
    expect(inEnglish(supplies)).toBe('Supplies 2 anchor firms in this zone');
  });

  it('uses the singular in English for one', () => {
    expect(inEnglish(reason('SUPPLIES_LOCAL_ANCHOR', { anchorCount: '1' }))).toBe(
      'Supplies 1 anchor firm in this zone',
    );
    expect(inEnglish(reason('SUPPLIES_LOCAL_FIRM', { firmCount: '1' }))).toBe('Supplies 1 firm in this zone');
    expect(inChinese(reason('SUPPLIES_LOCAL_FIRM', { firmCount: '3' }))).toBe('为本区 3 家企业配套');
  });

  it('describes supplying the chain’s anchors elsewhere', () => {
    const elsewhere = reason('SUPPLIES_CHAIN_ANCHOR', { anchorCount: '3' });
    expect(inChinese(elsewhere)).toBe('为区外 3 家本链链主企业配套');
    expect(inEnglish(elsewhere)).toBe('Supplies 3 anchor firms of this chain elsewhere');
  });

  it('names the tags', () => {
    expect(inChinese(reason('TAG_LITTLE_GIANT'))).toBe('专精特新小巨人');
    expect(inChinese(reason('TAG_HIGH_TECH'))).toBe('高新技术企业');
    expect(inEnglish(reason('TAG_LISTED'))).toBe('Listed company');
  });

  it('names the province, in English by its English name', () => {
    const near = reason('PROXIMITY_SAME_PROVINCE', { province: '河北省' });
    expect(inChinese(near)).toBe('同省（河北省）');
    expect(inEnglish(near)).toBe('Same province (Hebei)');
    expect(inChinese(reason('PROXIMITY_JINGJINJI', { province: '北京市' }))).toBe('京津冀（北京市）');
    expect(inEnglish(reason('PROXIMITY_JINGJINJI', { province: '北京市' }))).toBe(
      'Beijing-Tianjin-Hebei region (Beijing)',
    );
  });

  it('states revenue in 万元 in Chinese and in millions of yuan in English', () => {
    const size = reason('SIZE', { revenue: '7555' });
    expect(inChinese(size)).toBe('营收 7,555 万元');
    expect(inEnglish(size)).toBe('Revenue CNY 75.55 million');
  });

  it('leaves a missing parameter visible rather than inventing one', () => {
    expect(inChinese(reason('SUPPLIES_LOCAL_ANCHOR'))).toBe('为本区 {count} 家链主企业配套');
    expect(inEnglish(reason('SIZE', { revenue: 'n/a' }))).toBe('Revenue CNY {amount} million');
  });

  it('still says something for a reason code this client does not know', () => {
    const unknown = { code: 'SUPPLIES_MOON_BASE', points: 5, params: [] } as unknown as CandidateReason;
    expect(inChinese(unknown)).toBe('其他因素（SUPPLIES_MOON_BASE）');
    expect(inEnglish(unknown)).toBe('Other signal (SUPPLIES_MOON_BASE)');
  });

  it('has words for every reason code of the schema, with no placeholder left unfilled', () => {
    const params = { anchorCount: '2', firmCount: '2', province: '河北省', revenue: '100' };
    for (const code of CANDIDATE_REASON_CODES) {
      const r = reason(code, params);
      expect(inChinese(r)).not.toMatch(/[{}]/);
      expect(inEnglish(r)).not.toMatch(/[{}]/);
    }
  });
});
