import { HOME_ZONE_CODE } from './data/zone-profiles';
import { type ProjectPlan, planProject, type Scenario } from './project-plan';
import type { Random } from './random';

/**
 * The order in which each zone's projects (its signed leads first, then its direct projects) take
 * their RAG scenarios. The home zone gets every red and yellow case once, then greens; the other zones
 * cycle through a mostly green pattern, each from a different offset.
 */
const HOME_SEQUENCE: readonly Scenario[] = [
  'RED_START',
  'YELLOW_BEHIND',
  'GREEN_BUILD',
  'RED_BEHIND',
  'GREEN_PREP',
  'YELLOW_PERMITS',
  'GREEN_DONE',
  'RED_LAND',
  'GREEN_BUILD',
  'YELLOW_START_MONTH',
  'GREEN_BUILD',
  'RED_COMPLETION',
  'GREEN_PREP',
  'YELLOW_NO_REPORT',
  'GREEN_DONE',
  'GREEN_BUILD',
  'GREEN_PREP',
  'GREEN_DONE',
  'GREEN_BUILD',
];

const OTHER_SEQUENCE: readonly Scenario[] = [
  'GREEN_BUILD',
  'GREEN_PREP',
  'RED_START',
  'GREEN_DONE',
  'YELLOW_BEHIND',
  'GREEN_BUILD',
  'GREEN_PREP',
  'YELLOW_NO_REPORT',
  'GREEN_DONE',
  'RED_BEHIND',
  'GREEN_BUILD',
  'YELLOW_PERMITS',
];

/** Hands out project plans zone by zone, in the documented order. */
export class ProjectQueue {
  private readonly taken = new Map<string, number>();
  private zonesSeen = 0;

  constructor(
    private readonly today: string,
    private readonly rng: Random,
  ) {}

  /** The plan for the zone's next project, following the zone's scenario sequence. */
  next(zoneCode: string): ProjectPlan {
    let count = this.taken.get(zoneCode);
    if (count === undefined) {
      // Each new zone starts further along the pattern, so the zones do not all look alike.
      count = zoneCode === HOME_ZONE_CODE ? 0 : 5 * this.zonesSeen++;
    }
    this.taken.set(zoneCode, count + 1);
    const sequence =
      zoneCode === HOME_ZONE_CODE && count < HOME_SEQUENCE.length ? HOME_SEQUENCE : OTHER_SEQUENCE;
    const scenario = sequence[count % sequence.length] as Scenario;
    return planProject(scenario, this.today, this.rng);
  }
}
