import { describe, expect, it } from 'vitest';
import { DEFAULT_RAG_RULES, resolveRagRules } from './rules';

describe('RAG rules and a zone’s overrides', () => {
  it('are the documented defaults of DESIGN.md §6', () => {
    expect(DEFAULT_RAG_RULES).toEqual({
      constructionStartRedMonths: 3,
      behindRedPoints: 30,
      behindYellowPoints: 10,
      milestoneRedDays: 90,
      milestoneYellowDays: 0,
      reportYellowWeeks: 2,
    });
    expect(Object.isFrozen(DEFAULT_RAG_RULES)).toBe(true);
  });

  it('lays a partial override over the defaults', () => {
    expect(resolveRagRules({ behindRedPoints: 25, reportYellowWeeks: 3 })).toEqual({
      ...DEFAULT_RAG_RULES,
      behindRedPoints: 25,
      reportYellowWeeks: 3,
    });
  });

  it.each([
    [{ behindRedPonts: 25 }, /unknown/],
    [{ behindRedPoints: 25.5 }, /whole number/],
    [{ behindRedPoints: '25' }, /whole number/],
    [{ milestoneRedDays: 0 }, /whole number/],
    [{ behindYellowPoints: 40 }, /must not exceed/],
    [{ milestoneYellowDays: 90 }, /below/],
  ])('refuses %j', (override, message) => {
    expect(() => resolveRagRules(override)).toThrow(message);
  });
});
