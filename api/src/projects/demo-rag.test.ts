import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { DEMO_TODAY, type DemoSeedDetails, seedDemoDataDetailed } from '../seed/demo';
import { findMilestonesOfProjects } from './milestone.repository';
import { findLatestReportsOfProjects } from './progress-report.repository';
import { findAllProjects } from './project.repository';
import { evaluateProjectRag } from './project-rag.service';
import { DEFAULT_RAG_RULES, type RagResult } from './rag';

// The demo seed builds each project to show one RAG scenario at DEMO_TODAY (seed/project-plan.ts); the
// rules must agree with every one of them. (Later days drift: the data stands still while planned
// dates pass, so a few GREEN projects turn YELLOW within days. That is the demo's clock, not the rules.)
let handle: DatabaseHandle;
let seeded: DemoSeedDetails;

async function ragAt(today: string): Promise<Map<number, RagResult>> {
  const projects = await findAllProjects(handle.db, { zoneIds: 'ALL', orAccountableTo: null });
  const ids = projects.map((p) => p.id);
  const [milestones, reports] = await Promise.all([
    findMilestonesOfProjects(handle.db, ids),
    findLatestReportsOfProjects(handle.db, ids),
  ]);
  const latest = new Map(reports.map((r) => [r.project_id, r]));
  return new Map(
    projects.map((p) => [
      p.id,
      evaluateProjectRag(
        p,
        milestones.filter((m) => m.project_id === p.id),
        latest.get(p.id) ?? null,
        today,
        DEFAULT_RAG_RULES,
      ),
    ]),
  );
}

beforeAll(async () => {
  handle = await openDatabase({});
  await migrateToLatest(handle.db);
  seeded = await seedDemoDataDetailed(handle.db, { passwordHash: 'not-a-real-hash' });
}, 120_000);

afterAll(async () => {
  await handle?.close();
});

describe('the RAG rules on the demo data', () => {
  it('give every demo project its intended status at DEMO_TODAY', async () => {
    const rag = await ragAt(DEMO_TODAY);
    const wrong = seeded.projects
      .map((p) => ({ scenario: p.scenario, expected: p.expected, actual: rag.get(p.id) }))
      .filter((p) => p.actual?.status !== p.expected)
      .map((p) => `${p.scenario}: ${p.actual?.status} ${JSON.stringify(p.actual?.reasons)}`);
    expect(wrong).toEqual([]);
  });

  it('shows all three statuses, each red and yellow one with its reason', async () => {
    const rag = [...(await ragAt(DEMO_TODAY)).values()];
    for (const status of ['RED', 'YELLOW', 'GREEN'] as const) {
      expect(rag.filter((r) => r.status === status).length, status).toBeGreaterThan(0);
    }
    expect(rag.filter((r) => r.status !== 'GREEN').every((r) => r.reasons.length > 0)).toBe(true);
  });
});
