import { describe, expect, it } from 'vitest';
import { en } from '../../lib/i18n/en.ts';
import { translate } from '../../lib/i18n/translate.ts';
import { zhCN } from '../../lib/i18n/zh-CN.ts';
import { historyFieldLabel, historySubject } from './project-history.ts';
import type { Translate } from './rag-reasons.ts';
import { parseProgressPercent } from './report-form.ts';

const tZh: Translate = (key, params) => translate(zhCN, key, params);
const tEn: Translate = (key, params) => translate(en, key, params);

describe('history in words', () => {
  it('names what an audit entry changed', () => {
    expect(historySubject('milestone:CONSTRUCTION_START', tZh)).toBe('节点：开工');
    expect(historySubject('progressReport:2026-W48', tEn)).toBe('Report: 2026-W48');
    expect(historySubject('project', tEn)).toBe('Project');
    expect(historySubject('something:else', tEn)).toBe('something:else');
  });

  it('labels known fields and keeps unknown ones as the API names them', () => {
    expect(historyFieldLabel('actualOn', tZh)).toBe('实际');
    expect(historyFieldLabel('investmentToDate', tEn)).toBe('Investment to date (10k CNY)');
    expect(historyFieldLabel('deletedAt', tEn)).toBe('deletedAt');
  });
});

describe('parseProgressPercent', () => {
  it('reads 0 to 100, blank as none, and refuses the rest', () => {
    expect(parseProgressPercent(' 45.5 ')).toBe(45.5);
    expect(parseProgressPercent('60%')).toBe(60);
    expect(parseProgressPercent('')).toBeNull();
    expect(parseProgressPercent('120')).toBe('invalid');
    expect(parseProgressPercent('-1')).toBe('invalid');
    expect(parseProgressPercent('half')).toBe('invalid');
  });
});
