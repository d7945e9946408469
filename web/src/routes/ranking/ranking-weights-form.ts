import type { MetricKey } from '../dashboard/dashboard-query.ts';
import type { RankingWeightSettings } from './ranking-query.ts';

/** The same limits as the API (api/src/metrics/ranking-weights.service.ts), checked before sending. */
export const MAX_WEIGHT = 100;

/** The form's text for each indicator of the kind, as the user types it. */
export type WeightDraft = Record<string, string>;

export type WeightProblem = 'range' | 'allZero';

export function draftFromSettings(settings: RankingWeightSettings): WeightDraft {
  return Object.fromEntries(settings.weights.map(({ key, weight }) => [key, String(weight)]));
}

/**
 * The weights to send, or what is wrong: each a number from 0 to 100 (empty counts as 0), at least
 * one above 0. Weights are relative, so they need not add up to 100.
 */
export function weightsFromDraft(
  settings: RankingWeightSettings,
  draft: WeightDraft,
):
  | { weights: { key: MetricKey; weight: number }[]; problems?: undefined }
  | { weights?: undefined; problems: Partial<Record<MetricKey | 'all', WeightProblem>> } {
  const problems: Partial<Record<MetricKey | 'all', WeightProblem>> = {};
  const weights = settings.weights.map(({ key }) => {
    const text = String(draft[key] ?? '').trim();
    const weight = text === '' ? 0 : Number(text);
    if (!Number.isFinite(weight) || weight < 0 || weight > MAX_WEIGHT) problems[key] = 'range';
    return { key, weight };
  });
  if (Object.keys(problems).length === 0 && weights.every((w) => w.weight === 0)) problems.all = 'allZero';
  return Object.keys(problems).length > 0 ? { problems } : { weights };
}

/** Each weight's share of the total, in percent (what it counts for in the score). */
export function weightShares(draft: WeightDraft): Record<string, number | null> {
  const values = Object.entries(draft).map(
    ([key, text]) => [key, Number(String(text).trim() || '0')] as const,
  );
  const total = values.reduce((sum, [, w]) => (Number.isFinite(w) && w > 0 ? sum + w : sum), 0);
  return Object.fromEntries(
    values.map(([key, w]) => [key, total > 0 && Number.isFinite(w) && w >= 0 ? (w / total) * 100 : null]),
  );
}
