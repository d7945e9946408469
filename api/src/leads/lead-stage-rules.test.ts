import { describe, expect, it } from 'vitest';
import { LEAD_STAGES } from './lead-enums';
import { isOpenStage, judgeMove, type LeadStage, OPEN_STAGES } from './lead-stage-rules';

const allowed = (from: LeadStage, to: LeadStage, reason: string | null = 'price') =>
  judgeMove(from, to, reason).ok;

describe('lead stage rules', () => {
  it('allows any move between open stages, forward and back', () => {
    for (const from of OPEN_STAGES) {
      for (const to of OPEN_STAGES) {
        if (from !== to) expect(allowed(from, to), `${from} → ${to}`).toBe(true);
      }
    }
  });

  it('signs only from VISITED or NEGOTIATING, and signing creates the project', () => {
    expect(judgeMove('VISITED', 'SIGNED', null)).toEqual({ ok: true, createsProject: true, reopens: false });
    expect(judgeMove('NEGOTIATING', 'SIGNED', null)).toMatchObject({ ok: true, createsProject: true });
    for (const from of ['LEAD', 'CONTACTED', 'PAUSED', 'LOST'] as const) {
      expect(allowed(from, 'SIGNED'), from).toBe(false);
    }
  });

  it('loses from any open stage only with a reason', () => {
    for (const from of OPEN_STAGES) {
      expect(judgeMove(from, 'LOST', null)).toEqual({ ok: false, reason: 'REASON_REQUIRED' });
      expect(judgeMove(from, 'LOST', '')).toEqual({ ok: false, reason: 'REASON_REQUIRED' });
      expect(allowed(from, 'LOST', '对方选址他省')).toBe(true);
    }
  });

  it('keeps SIGNED final and reopens LOST to LEAD only', () => {
    for (const to of LEAD_STAGES) expect(allowed('SIGNED', to), `SIGNED → ${to}`).toBe(false);
    expect(judgeMove('LOST', 'LEAD', null)).toEqual({ ok: true, createsProject: false, reopens: true });
    for (const to of ['CONTACTED', 'VISITED', 'NEGOTIATING', 'PAUSED', 'SIGNED'] as const) {
      expect(judgeMove('LOST', to, null)).toEqual({ ok: false, reason: 'REOPEN_TO_LEAD_ONLY' });
    }
  });

  it('refuses a move to the same stage', () => {
    for (const stage of LEAD_STAGES) expect(allowed(stage, stage)).toBe(false);
  });

  it('knows which stages are open', () => {
    expect(LEAD_STAGES.filter(isOpenStage)).toEqual([
      'LEAD',
      'CONTACTED',
      'VISITED',
      'NEGOTIATING',
      'PAUSED',
    ]);
  });
});
