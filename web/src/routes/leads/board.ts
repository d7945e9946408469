import { LEAD_STAGES, type LeadStage } from '../../graphql/enums.ts';
import type { LeadListItem } from '../../graphql/leads.ts';

/** What the user must do before a move is sent: give a reason (LOST), confirm (SIGNED), or nothing. */
export type MoveStep = 'lostReason' | 'confirmSigned' | 'none';

export function moveStep(to: LeadStage): MoveStep {
  if (to === 'LOST') return 'lostReason';
  if (to === 'SIGNED') return 'confirmSigned';
  return 'none';
}

/**
 * The stages a card can be offered to move to from the keyboard menu: every other stage. The API
 * decides which moves the rules allow (DESIGN.md §6) and refuses the others with its own message,
 * so the web does not keep a second copy of the rules that could drift.
 */
export function moveTargets(from: LeadStage): LeadStage[] {
  return LEAD_STAGES.filter((stage) => stage !== from);
}

/**
 * The stage next to `from` in board order (left: -1, right: +1), or undefined at either end: the
 * keyboard shortcut for moving a focused card one column over.
 */
export function neighbourStage(from: LeadStage, step: -1 | 1): LeadStage | undefined {
  return LEAD_STAGES[LEAD_STAGES.indexOf(from) + step];
}

/** The cards of each column, as the board shows them. */
export type BoardCards = Record<LeadStage, LeadListItem[]>;

export function emptyBoardCards(): BoardCards {
  return Object.fromEntries(LEAD_STAGES.map((stage) => [stage, []])) as unknown as BoardCards;
}

/**
 * The board after a card moves: out of the column it was in, onto the top of `card.stage`'s column
 * (as the card is now, e.g. with its new version). A card not on the board is just added.
 */
export function placeCard(cards: BoardCards, card: LeadListItem): BoardCards {
  const next = { ...cards };
  for (const stage of LEAD_STAGES) {
    if (cards[stage].some((item) => item.id === card.id)) {
      next[stage] = cards[stage].filter((item) => item.id !== card.id);
    }
  }
  next[card.stage] = [card, ...next[card.stage]];
  return next;
}

/** Column totals as the board shows them, adjusted at once for a move (the API's totals follow). */
export interface ColumnTotals {
  count: number;
  plannedInvestmentTotal: number;
}

export function moveTotals(
  totals: Record<LeadStage, ColumnTotals>,
  card: Pick<LeadListItem, 'plannedInvestment'>,
  from: LeadStage,
  to: LeadStage,
): Record<LeadStage, ColumnTotals> {
  if (from === to) return totals;
  const amount = card.plannedInvestment ?? 0;
  const source = totals[from];
  const target = totals[to];
  return {
    ...totals,
    [from]: {
      count: Math.max(0, source.count - 1),
      plannedInvestmentTotal: Math.max(0, source.plannedInvestmentTotal - amount),
    },
    [to]: { count: target.count + 1, plannedInvestmentTotal: target.plannedInvestmentTotal + amount },
  };
}
