import type { SegmentCoverage } from '../../graphql/chain-gaps.ts';
import type { MessageParams } from '../../lib/i18n/translate.ts';
import type { MessageKey } from '../../lib/i18n/zh-CN.ts';
import { describeReason } from './candidate-reasons.ts';

/** How many candidates the gap list shows (and exports) per segment. */
export const GAP_LIST_CANDIDATES = 3;

/**
 * The segments to work on: MISSING before WEAK, broken links first within each, then the more
 * important (higher weight); otherwise in the order given.
 */
export function gapRows(coverages: readonly SegmentCoverage[]): SegmentCoverage[] {
  const rank = (c: SegmentCoverage) => (c.status === 'MISSING' ? 0 : 1);
  return coverages
    .filter((coverage) => coverage.status !== 'PRESENT')
    .map((coverage, index) => ({ coverage, index }))
    .sort(
      (a, b) =>
        rank(a.coverage) - rank(b.coverage) ||
        Number(b.coverage.brokenLink) - Number(a.coverage.brokenLink) ||
        b.coverage.segment.weight - a.coverage.segment.weight ||
        a.index - b.index,
    )
    .map(({ coverage }) => coverage);
}

/** A translator, as `t` from the locale module: passed in so this stays a plain function. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

function nameIn(item: { name: string; nameEn: string | null }, localeCode: string): string {
  return localeCode === 'en' && item.nameEn ? item.nameEn : item.name;
}

/**
 * The gap list as spreadsheet rows (a header, then one row per candidate, or one per segment that
 * has none), in the UI language. Hand the result to `toCsv`.
 */
export function gapListTable(
  rows: readonly SegmentCoverage[],
  names: ReadonlyMap<string, { name: string; nameEn: string | null }>,
  t: Translate,
  localeCode: string,
): (string | number)[][] {
  const header = [
    t('gaps.col.stage'),
    t('gaps.col.segment'),
    t('gaps.col.parent'),
    t('gaps.col.status'),
    t('gaps.col.brokenLink'),
    t('gaps.col.localFirms'),
    t('gaps.col.candidateCount'),
    t('gaps.col.rank'),
    t('gaps.col.firm'),
    t('gaps.col.location'),
    t('gaps.col.score'),
    t('gaps.col.reasons'),
    t('gaps.col.existingLead'),
  ];
  const table: (string | number)[][] = [header];
  const separator = localeCode === 'en' ? '; ' : '；';
  for (const coverage of rows) {
    const parent = coverage.segment.parent ? names.get(coverage.segment.parent.id) : undefined;
    const segmentCells = [
      t(`stage.${coverage.segment.stage}`),
      nameIn(coverage.segment, localeCode),
      parent ? nameIn(parent, localeCode) : '',
      t(`coverage.${coverage.status}`),
      coverage.brokenLink ? t('common.yes') : t('common.no'),
      coverage.localFirmCount,
      coverage.candidateCount,
    ];
    const candidates = coverage.candidates.slice(0, GAP_LIST_CANDIDATES);
    if (candidates.length === 0) table.push([...segmentCells, '', '', '', '', '', '']);
    candidates.forEach((candidate, index) => {
      const reasons = candidate.reasons.map((reason) => {
        const words = describeReason(reason, localeCode);
        return t(words.key, words.params);
      });
      const lead = candidate.existingLead;
      table.push([
        ...segmentCells,
        index + 1,
        candidate.firm.name,
        [candidate.firm.province, candidate.firm.city].filter(Boolean).join(' '),
        candidate.score,
        reasons.join(separator),
        lead ? t('candidate.leadLabel', { title: lead.title, stage: t(`leadStage.${lead.stage}`) }) : '',
      ]);
    });
  }
  return table;
}

/**
 * A file name without characters that Windows forbids.
 *
 * @example
 * safeFileName('缺口清单 a/b: c'); // '缺口清单 a_b_ c'
 */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').trim();
}

/**
 * Where the API serves the gap list as an Excel workbook (session cookie; JSON error otherwise).
 *
 * @example
 * gapListXlsxHref('1', '2'); // '/exports/chain-gaps.xlsx?zoneId=1&chainId=2'
 */
export function gapListXlsxHref(zoneId: string, chainId: string): string {
  return `/exports/chain-gaps.xlsx?${new URLSearchParams({ zoneId, chainId })}`;
}
