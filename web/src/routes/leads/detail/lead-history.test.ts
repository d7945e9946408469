import { describe, expect, it } from 'vitest';
import { translate } from '../../../lib/i18n/translate.ts';
import { zhCN } from '../../../lib/i18n/zh-CN.ts';
import {
  formatDateTime,
  historyAction,
  historyFieldLabel,
  historyValue,
  type Translate,
} from './lead-history.ts';

const t: Translate = (key, params) => translate(zhCN, key, params);

describe('the audit history in words', () => {
  it('labels known fields and keeps unknown ones as the API names them', () => {
    expect(historyFieldLabel('plannedInvestment', t)).toBe('计划投资（万元）');
    expect(historyFieldLabel('somethingNew', t)).toBe('somethingNew');
  });

  it('shows enum values in words, blanks as a dash, other text as it is', () => {
    expect(historyValue('stage', 'VISITED', t)).toBe('考察');
    expect(historyValue('priority', 'HIGH', t)).toBe('高');
    expect(historyValue('title', null, t)).toBe('—');
    expect(historyValue('title', '<b>x</b>', t)).toBe('<b>x</b>');
    expect(historyAction('MOVE', t)).toBe('变更阶段');
    expect(historyAction('MERGE', t)).toBe('MERGE');
  });

  it('gives the time in Beijing', () => {
    expect(formatDateTime('2026-11-27T02:05:00Z', () => '2026年11月27日')).toBe('2026年11月27日 10:05');
  });
});
