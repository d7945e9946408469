import { describe, expect, it } from 'vitest';
import { LEAD_STAGES } from '../../graphql/enums.ts';
import { emptyBoardCards, moveStep, moveTargets, moveTotals, neighbourStage, placeCard } from './board.ts';
import { leadItem } from './test-factories.ts';

describe('moveStep', () => {
  it('asks a reason for LOST and a confirmation for SIGNED', () => {
    expect(moveStep('LOST')).toBe('lostReason');
    expect(moveStep('SIGNED')).toBe('confirmSigned');
    expect(moveStep('VISITED')).toBe('none');
  });
});

describe('moveTargets and neighbourStage', () => {
  it('offers every other stage', () => {
    expect(moveTargets('VISITED')).toEqual(LEAD_STAGES.filter((stage) => stage !== 'VISITED'));
  });

  it('steps one column left or right, and stops at the ends', () => {
    expect(neighbourStage('CONTACTED', 1)).toBe('VISITED');
    expect(neighbourStage('CONTACTED', -1)).toBe('LEAD');
    expect(neighbourStage('LEAD', -1)).toBeUndefined();
    expect(neighbourStage('LOST', 1)).toBeUndefined();
  });
});

describe('placeCard', () => {
  it('takes the card out of its old column and puts it on top of the new one', () => {
    let cards = emptyBoardCards();
    cards = {
      ...cards,
      LEAD: [leadItem('1'), leadItem('2')],
      CONTACTED: [leadItem('3', { stage: 'CONTACTED' })],
    };
    const moved = placeCard(cards, leadItem('2', { stage: 'CONTACTED', version: 2 }));
    expect(moved.LEAD.map((card) => card.id)).toEqual(['1']);
    expect(moved.CONTACTED.map((card) => [card.id, card.version])).toEqual([
      ['2', 2],
      ['3', 1],
    ]);
    expect(cards.LEAD).toHaveLength(2);
  });
});

describe('moveTotals', () => {
  it('moves one lead and its amount between the columns, never below zero', () => {
    const totals = Object.fromEntries(
      LEAD_STAGES.map((stage) => [stage, { count: 0, plannedInvestmentTotal: 0 }]),
    ) as Parameters<typeof moveTotals>[0];
    totals.LEAD = { count: 2, plannedInvestmentTotal: 30_000 };
    const after = moveTotals(totals, { plannedInvestment: 10_000 }, 'LEAD', 'VISITED');
    expect(after.LEAD).toEqual({ count: 1, plannedInvestmentTotal: 20_000 });
    expect(after.VISITED).toEqual({ count: 1, plannedInvestmentTotal: 10_000 });
    expect(moveTotals(after, { plannedInvestment: null }, 'SIGNED', 'LEAD').SIGNED).toEqual({
      count: 0,
      plannedInvestmentTotal: 0,
    });
  });
});
