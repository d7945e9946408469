import { describe, expect, it } from 'vitest';
import { addDays } from './calendar';
import { evaluateRag } from './evaluate-rag';
import { done, notStarted, open, project, summary, TODAY, withMilestone } from './rag-fixtures';
import { resolveRagRules } from './rules';
import { shanghaiDate } from './shanghai-clock';

describe('evaluateRag', () => {
  it('is GREEN with no reasons for a project on track', () => {
    const result = evaluateRag(project());
    expect(result).toEqual({
      status: 'GREEN',
      reasons: [],
      progress: { plannedPercent: 50, actualPercent: 50, basis: 'REPORT' },
    });
  });

  describe('progress against 序时进度 (planned 50% today)', () => {
    it.each([
      [50, 'GREEN', []],
      [40.01, 'GREEN', []],
      [40, 'YELLOW', ['YELLOW:BEHIND_SCHEDULE']], // exactly 10 points behind
      [20, 'YELLOW', ['YELLOW:BEHIND_SCHEDULE']], // exactly 30 points behind
      [19.99, 'RED', ['RED:BEHIND_SCHEDULE']],
      [0, 'RED', ['RED:BEHIND_SCHEDULE']],
      [80, 'GREEN', []], // ahead of schedule
    ])('reported %d%%: %s', (reported, status, reasons) => {
      const input = project(TODAY, { latestReport: { isoWeek: '2026-W47', progressPercent: reported } });
      expect(summary(evaluateRag(input))).toEqual({ status, reasons });
    });

    it('gives the points behind, both figures and their basis', () => {
      const input = project(TODAY, { latestReport: { isoWeek: '2026-W47', progressPercent: 15 } });
      expect(evaluateRag(input).reasons[0]?.params).toEqual({
        points: 35,
        plannedPercent: 50,
        actualPercent: 15,
        basis: 'REPORT',
      });
    });

    it('takes the reported percentage over investment to date when the report has one', () => {
      const input = project(TODAY, { investmentToDate: 500 });
      expect(evaluateRag(input).status).toBe('GREEN');
    });

    it.each([
      [5_000, 'GREEN'],
      [4_000, 'YELLOW'],
      [1_000, 'RED'],
      [15_000, 'GREEN'], // above the total: counted as 100%
    ])('without a reported percentage uses investment to date (%d of 10000): %s', (toDate, status) => {
      const input = project(TODAY, {
        investmentToDate: toDate,
        latestReport: { isoWeek: '2026-W47', progressPercent: null },
      });
      const result = evaluateRag(input);
      expect(result.status).toBe(status);
      expect(result.progress?.basis).toBe('INVESTMENT');
    });

    it('has no progress rule without planned dates or any actual figure', () => {
      const noFigures = project(TODAY, {
        totalInvestment: null,
        latestReport: { isoWeek: '2026-W47', progressPercent: null },
      });
      expect(evaluateRag(noFigures)).toMatchObject({ status: 'GREEN', progress: null });
      const noCompletion = project(TODAY, { latestReport: { isoWeek: '2026-W47', progressPercent: 0 } });
      noCompletion.milestones = noCompletion.milestones.filter((m) => m.kind !== 'COMPLETION');
      expect(evaluateRag(noCompletion)).toMatchObject({ status: 'GREEN', progress: null });
    });
  });

  describe('milestones past plan', () => {
    it.each([
      [0, 'GREEN', []],
      [1, 'YELLOW', ['YELLOW:MILESTONE_LATE']],
      [90, 'YELLOW', ['YELLOW:MILESTONE_LATE']], // exactly 90 days
      [91, 'RED', ['RED:MILESTONE_LATE']],
    ])('COMPLETION not done %i days after plan: %s', (days, status, reasons) => {
      const input = withMilestone(
        project(TODAY, { latestReport: { isoWeek: '2026-W47', progressPercent: 100 } }),
        open('COMPLETION', addDays(TODAY, -days)),
      );
      expect(summary(evaluateRag(input))).toEqual({ status, reasons });
    });

    it('lists every late milestone, most late first, and forgets milestones done late', () => {
      const base = project(TODAY, {
        milestones: [
          done('SIGNED', '2026-01-10'),
          open('LAND', addDays(TODAY, -20)),
          open('PERMITS', addDays(TODAY, -120)),
          { kind: 'CONSTRUCTION_START', plannedOn: '2027-03-01', actualOn: null },
          open('COMPLETION', '2028-03-01'),
        ],
      });
      expect(evaluateRag(base).reasons).toEqual([
        { code: 'MILESTONE_LATE', severity: 'RED', params: { milestone: 'PERMITS', days: 120 } },
        { code: 'MILESTONE_LATE', severity: 'YELLOW', params: { milestone: 'LAND', days: 20 } },
      ]);
      const doneLate = withMilestone(base, {
        kind: 'PERMITS',
        plannedOn: '2026-05-01',
        actualOn: '2026-09-01',
      });
      expect(evaluateRag(doneLate).reasons.map((r) => r.params.milestone)).toEqual(['LAND']);
    });
  });

  describe('weekly reports (today is in 2026-W48)', () => {
    it.each([
      ['2026-W48', 'GREEN', null],
      ['2026-W47', 'GREEN', null],
      ['2026-W46', 'YELLOW', 2], // exactly two weeks old
      ['2026-W44', 'YELLOW', 4],
    ])('latest report %s: %s', (isoWeek, status, weeks) => {
      const result = evaluateRag(project(TODAY, { latestReport: { isoWeek, progressPercent: 50 } }));
      expect(result.status).toBe(status);
      expect(result.reasons[0]?.params.weeks ?? null).toBe(weeks);
    });

    it('counts weeks across the year end (2026 has a week 53)', () => {
      const today = '2027-01-04'; // 2027-W01
      const at = (isoWeek: string) =>
        evaluateRag({ ...notStarted('2027-06-01', today), latestReport: { isoWeek, progressPercent: null } });
      expect(at('2026-W53').status).toBe('GREEN');
      expect(at('2026-W52').reasons.map((r) => r.code)).toEqual(['NO_RECENT_REPORT']);
    });

    it('counts from the week reports became due when there is no report at all', () => {
      const never = (dueFrom: string) =>
        evaluateRag(project(TODAY, { latestReport: null, reportsDueFrom: dueFrom }));
      expect(never('2026-11-16').status).toBe('GREEN');
      expect(never('2026-11-15').reasons).toEqual([
        { code: 'NO_RECENT_REPORT', severity: 'YELLOW', params: { weeks: 2, lastWeek: '' } },
      ]);
    });
  });

  it('judges by the Asia/Shanghai calendar: at 2026-11-22T16:30Z a W46 report is already 2 weeks old', () => {
    const input = (today: string) => ({
      ...project(today),
      latestReport: { isoWeek: '2026-W46', progressPercent: 50 },
    });
    const shanghaiToday = shanghaiDate(new Date('2026-11-22T16:30:00Z'));
    expect(shanghaiToday).toBe('2026-11-23');
    expect(evaluateRag(input(shanghaiToday)).status).toBe('YELLOW');
    // The UTC date (still Sunday 22, week 47) would have said GREEN.
    expect(evaluateRag(input('2026-11-22')).status).toBe('GREEN');
  });

  it('lists every reason, RED ones first', () => {
    const input = project(TODAY, {
      latestReport: { isoWeek: '2026-W44', progressPercent: 38 },
      milestones: [
        done('SIGNED', '2025-06-01'),
        open('LAND', addDays(TODAY, -100)),
        done('CONSTRUCTION_START', addDays(TODAY, -50)),
        open('COMPLETION', addDays(TODAY, 50)),
      ],
    });
    expect(summary(evaluateRag(input))).toEqual({
      status: 'RED',
      reasons: ['RED:MILESTONE_LATE', 'YELLOW:BEHIND_SCHEDULE', 'YELLOW:NO_RECENT_REPORT'],
    });
  });

  it('is GREEN once PRODUCTION is done, whatever else', () => {
    const input = withMilestone(
      project(TODAY, { latestReport: { isoWeek: '2026-W30', progressPercent: 10 } }),
      done('PRODUCTION', '2026-11-01'),
    );
    expect(summary(evaluateRag(input))).toEqual({ status: 'GREEN', reasons: [] });
  });

  it('follows a zone’s tuned thresholds', () => {
    const input = project(TODAY, { latestReport: { isoWeek: '2026-W47', progressPercent: 24 } });
    expect(evaluateRag(input).status).toBe('YELLOW');
    expect(evaluateRag(input, resolveRagRules({ behindRedPoints: 25 })).status).toBe('RED');
  });
});
