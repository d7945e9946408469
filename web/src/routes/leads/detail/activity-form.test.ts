import { describe, expect, it } from 'vitest';
import { activityInput, kindForShortcut, MAX_SUMMARY_LENGTH, submitsActivity } from './activity-form.ts';

describe('kindForShortcut', () => {
  it('picks a kind by letter or by position', () => {
    expect(kindForShortcut('KeyV')).toBe('VISIT');
    expect(kindForShortcut('KeyC')).toBe('CALL');
    expect(kindForShortcut('Digit5')).toBe('NOTE');
    expect(kindForShortcut('KeyX')).toBeUndefined();
    expect(kindForShortcut('Digit9')).toBeUndefined();
  });
});

describe('activityInput', () => {
  it('trims the summary and sends the follow-up date only when given', () => {
    expect(activityInput('7', 'VISIT', '  实地考察厂房 ', '')).toEqual({
      input: { leadId: '7', kind: 'VISIT', summary: '实地考察厂房' },
    });
    expect(activityInput('7', 'CALL', '电话', '2026-12-03')).toEqual({
      input: { leadId: '7', kind: 'CALL', summary: '电话', nextFollowUpOn: '2026-12-03' },
    });
  });

  it('refuses an empty or too long summary and an impossible date', () => {
    expect(activityInput('7', 'NOTE', '   ', '')).toEqual({ problem: 'summaryRequired' });
    expect(activityInput('7', 'NOTE', 'x'.repeat(MAX_SUMMARY_LENGTH + 1), '')).toEqual({
      problem: 'summaryTooLong',
    });
    expect(activityInput('7', 'NOTE', '备注', '2026-13-01')).toEqual({ problem: 'notDate' });
  });
});

describe('submitsActivity', () => {
  const key = { key: 'Enter', ctrlKey: false, metaKey: false, shiftKey: false, isComposing: false };

  it('submits on Enter and Ctrl+Enter, not on Shift+Enter or while composing', () => {
    expect(submitsActivity(key)).toBe(true);
    expect(submitsActivity({ ...key, ctrlKey: true, shiftKey: true })).toBe(true);
    expect(submitsActivity({ ...key, shiftKey: true })).toBe(false);
    expect(submitsActivity({ ...key, isComposing: true })).toBe(false);
    expect(submitsActivity({ ...key, key: 'a' })).toBe(false);
  });
});
