import { AppError } from '../errors';
import type { MilestoneKind } from './project-enums';
import type { RagMilestone } from './rag/rag-types';

/** Milestones that must follow each other in time; land and permits may come in either order. */
const SEQUENCE: readonly MilestoneKind[] = ['SIGNED', 'CONSTRUCTION_START', 'COMPLETION', 'PRODUCTION'];

/**
 * Throws VALIDATION when the changed milestone's planned or actual date breaks the sequence
 * signing <= construction start <= completion <= production (completion before start, say). Only
 * pairs with the changed milestone are checked, so an old inconsistency elsewhere does not block it.
 *
 * @example
 * requireMilestoneOrder(milestonesAfterChange, 'COMPLETION'); // throws if completion precedes the start
 */
export function requireMilestoneOrder(milestones: readonly RagMilestone[], changed: MilestoneKind): void {
  const position = SEQUENCE.indexOf(changed);
  if (position < 0) return;
  const target = milestones.find((m) => m.kind === changed);
  if (!target) return;
  for (const other of milestones) {
    const otherPosition = SEQUENCE.indexOf(other.kind);
    if (otherPosition < 0 || other.kind === changed) continue;
    const [early, late] = otherPosition < position ? [other, target] : [target, other];
    for (const field of ['plannedOn', 'actualOn'] as const) {
      const a = early[field];
      const b = late[field];
      if (a !== null && b !== null && b < a) {
        throw new AppError('VALIDATION', `${late.kind} cannot be before ${early.kind}`, {
          details: { field, milestone: changed, conflictsWith: other.kind },
        });
      }
    }
  }
}
