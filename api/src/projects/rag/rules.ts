/**
 * The thresholds of the RAG rules (DESIGN.md §6). Every comparison is strict on the RED side ("more
 * than") and inclusive on the YELLOW side, so each boundary value is YELLOW: exactly 3 months, exactly
 * 30 points and exactly 90 days are YELLOW; exactly 10 points and a report exactly 2 weeks old are
 * YELLOW too.
 */
export interface RagRules {
  /** RED when construction starts (or is still not started) more than this many months after plan. */
  constructionStartRedMonths: number;
  /** RED when actual progress trails planned progress (序时进度) by more than this many points. */
  behindRedPoints: number;
  /** YELLOW when it trails by this many points or more. */
  behindYellowPoints: number;
  /** RED when a milestone is more than this many days past its planned date and not done. */
  milestoneRedDays: number;
  /** YELLOW when a milestone is more than this many days past plan (0: any late milestone). */
  milestoneYellowDays: number;
  /** YELLOW when the latest progress report is this many ISO weeks old or older. */
  reportYellowWeeks: number;
}

/** The documented default of DESIGN.md §6, used wherever a zone has not tuned a threshold. */
export const DEFAULT_RAG_RULES: Readonly<RagRules> = Object.freeze({
  constructionStartRedMonths: 3,
  behindRedPoints: 30,
  behindYellowPoints: 10,
  milestoneRedDays: 90,
  milestoneYellowDays: 0,
  reportYellowWeeks: 2,
});

const LIMITS: Record<keyof RagRules, { min: number; max: number }> = {
  constructionStartRedMonths: { min: 1, max: 24 },
  behindRedPoints: { min: 1, max: 100 },
  behindYellowPoints: { min: 1, max: 100 },
  milestoneRedDays: { min: 1, max: 730 },
  milestoneYellowDays: { min: 0, max: 365 },
  reportYellowWeeks: { min: 1, max: 52 },
};

/**
 * A zone's tuning laid over the defaults. Overrides are partial (a zone changes only what it cares
 * about); an unknown name, a non-integer, a value out of range or a YELLOW threshold above its RED one
 * throws a RangeError naming the field, so a bad override never silently changes a status.
 *
 * @example
 * resolveRagRules({ behindRedPoints: 25 }); // the defaults, with RED from 25 points behind
 */
export function resolveRagRules(overrides: Readonly<Record<string, unknown>> = {}): RagRules {
  const rules: RagRules = { ...DEFAULT_RAG_RULES };
  for (const [name, value] of Object.entries(overrides)) {
    if (!(name in LIMITS)) throw new RangeError(`unknown RAG rule: ${name}`);
    const field = name as keyof RagRules;
    const { min, max } = LIMITS[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new RangeError(`${name} must be a whole number from ${min} to ${max}`);
    }
    rules[field] = value;
  }
  if (rules.behindYellowPoints > rules.behindRedPoints) {
    throw new RangeError('behindYellowPoints must not exceed behindRedPoints');
  }
  if (rules.milestoneYellowDays >= rules.milestoneRedDays) {
    throw new RangeError('milestoneYellowDays must be below milestoneRedDays');
  }
  return rules;
}
