import type { LeadStage } from '../../graphql/enums.ts';
import { MOVE_LEAD, type MoveLeadResult } from '../../graphql/lead-mutations.ts';
import type { LeadListItem } from '../../graphql/leads.ts';
import type { AppError } from '../../lib/errors.ts';
import { runMutation } from '../../lib/graphql-client.ts';
import { moveStep } from './board.ts';

/** What a caller (the board, the lead page) does around a move. */
export interface MoveHooks {
  /** Right before the request: e.g. show the card in its new column already. */
  onstart?: () => void;
  /** The API refused (or could not be reached): e.g. put the card back. */
  onfail?: (error: AppError) => void;
  ondone?: (result: MoveLeadResult) => void;
}

type MovingLead = Pick<LeadListItem, 'id' | 'version' | 'title' | 'stage'>;

/** Longest reason the LOST dialog accepts. */
export const MAX_LOST_REASON_LENGTH = 500;

/**
 * One stage move at a time, with the step the rules ask for first (DESIGN.md §6): a reason for LOST,
 * a confirmation for SIGNED (it creates the project). `MoveDialogs.svelte` shows `pending` as a
 * dialog; the outcome is kept for the page to show (`error`, `signed`) and to announce (`announcement`).
 */
export class StageMover {
  /** A move waiting for the user in a dialog. */
  pending = $state.raw<{ lead: MovingLead; to: LeadStage; hooks: MoveHooks } | undefined>();
  lostReason = $state('');
  busy = $state(false);
  /** The last refused move, with the API's message. */
  error = $state.raw<{ lead: MovingLead; to: LeadStage; error: AppError } | undefined>();
  /** The last move to SIGNED, with the project it created. */
  signed = $state.raw<MoveLeadResult | undefined>();
  /** A sentence for screen readers about the last move (an aria-live region shows it). */
  announcement = $state('');
  #describe: (lead: MovingLead, to: LeadStage, outcome: 'moved' | 'failed') => string;

  constructor(describe: (lead: MovingLead, to: LeadStage, outcome: 'moved' | 'failed') => string) {
    this.#describe = describe;
  }

  /** Asks to move a lead: at once, or after the dialog its target stage needs. */
  request(lead: MovingLead, to: LeadStage, hooks: MoveHooks = {}): void {
    if (lead.stage === to || this.busy) return;
    this.error = undefined;
    if (moveStep(to) === 'none') {
      void this.#send(lead, to, null, hooks);
      return;
    }
    this.lostReason = '';
    this.pending = { lead, to, hooks };
  }

  /** The dialog's confirm; false when the LOST reason is missing (the dialog says so). */
  confirm = (): boolean => {
    const pending = this.pending;
    if (!pending) return false;
    const reason = this.lostReason.trim();
    if (pending.to === 'LOST' && (!reason || reason.length > MAX_LOST_REASON_LENGTH)) return false;
    void this.#send(pending.lead, pending.to, pending.to === 'LOST' ? reason : null, pending.hooks).then(
      () => {
        this.pending = undefined;
      },
    );
    return true;
  };

  cancel = (): void => {
    if (!this.busy) this.pending = undefined;
  };

  async #send(lead: MovingLead, to: LeadStage, lostReason: string | null, hooks: MoveHooks): Promise<void> {
    this.busy = true;
    hooks.onstart?.();
    const outcome = await runMutation(MOVE_LEAD, {
      id: lead.id,
      version: lead.version,
      stage: to,
      ...(lostReason ? { lostReason } : {}),
    });
    this.busy = false;
    if (outcome.error) {
      this.error = { lead, to, error: outcome.error };
      this.announcement = this.#describe(lead, to, 'failed');
      hooks.onfail?.(outcome.error);
      return;
    }
    const result = outcome.data.moveLead;
    if (to === 'SIGNED') this.signed = result;
    this.announcement = this.#describe(lead, to, 'moved');
    hooks.ondone?.(result);
  }
}
