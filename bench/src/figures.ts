import { type Spread, spread } from './measure';
import type { Figure } from './report';
import type { countStatements } from './scenarios';
import type { assetHeaders, firstVisitJs } from './web-assets';

/** What one `pnpm bench` measured, to be laid out as the table of issue #9's targets. */
export interface Measured {
  /** Every run's value of each figure, by key. */
  runs: Record<string, number[]>;
  statements: Awaited<ReturnType<typeof countStatements>>;
  js: ReturnType<typeof firstVisitJs>;
  asset: Awaited<ReturnType<typeof assetHeaders>> | null;
  peakRss: number;
  /** Why each scenario beyond the API loads did not run; null when it ran. */
  skipped: { postgraphile: string | null; import: string | null; browser: string | null };
  importRows: number;
}

/** The printed and saved table: each target of the issue with its figure, and context lines between. */
export function buildFigures({
  runs,
  statements,
  js,
  asset,
  peakRss,
  skipped,
  importRows,
}: Measured): Figure[] {
  const s = (key: string): Spread => spread(runs[key] ?? []);
  const one = (value: number): Spread => spread([value]);
  const ms = (op: '<=' | '>=', limit: number) => ({ op, limit });
  return [
    {
      id: 'chainGaps.p50',
      label: 'chainGaps warm p50',
      unit: 'ms',
      value: s('chainGapsP50'),
      target: ms('<=', 15),
    },
    {
      id: 'chainGaps.p99',
      label: 'chainGaps warm p99',
      unit: 'ms',
      value: s('chainGapsP99'),
      target: ms('<=', 80),
    },
    { id: 'gapRowsSql.p50', label: '  plain SQL, same rows, p50', unit: 'ms', value: s('gapRowsSqlP50') },
    {
      id: 'chainGaps.vsSql',
      label: 'chainGaps p50 / plain SQL p50',
      unit: 'x',
      value: s('chainGapsVsSql'),
      target: ms('<=', 2),
    },
    {
      id: 'chainGaps.afterWrite',
      label: 'chainGaps after a write, p50',
      unit: 'ms',
      value: s('afterWriteP50'),
      target: ms('<=', 200),
    },
    { id: 'chainGaps.afterWriteMax', label: '  after a write, max', unit: 'ms', value: s('afterWriteMax') },
    { id: 'chainGaps.rps', label: '  chainGaps throughput, 1 conn', unit: 'req/s', value: s('chainGapsRps') },
    { id: 'firm.graphqlP50', label: 'firm(id) /graphql p50, 1 conn', unit: 'ms', value: s('firmGraphqlP50') },
    { id: 'firm.restP50', label: '  REST route, same SQL, p50', unit: 'ms', value: s('firmRestP50') },
    {
      id: 'firm.p50Ratio',
      label: 'firm(id) p50 GraphQL / REST',
      unit: 'x',
      value: s('firmP50Ratio'),
      target: ms('<=', 1.5),
    },
    {
      id: 'firm.graphqlRps16',
      label: 'firm(id) /graphql, 16 conn',
      unit: 'req/s',
      value: s('firmGraphqlRps16'),
    },
    { id: 'firm.restRps16', label: '  REST route, 16 conn', unit: 'req/s', value: s('firmRestRps16') },
    {
      id: 'firm.rpsRatio16',
      label: 'firm(id) throughput GraphQL / REST',
      unit: 'x',
      value: s('firmRpsRatio16'),
      target: ms('>=', 0.6),
    },
    { id: 'firm.graphqlP99_16', label: '  /graphql p99, 16 conn', unit: 'ms', value: s('firmGraphqlP99_16') },
    {
      id: 'peer.zoneFirmsRps16',
      label: '50 firms of a zone + segments, 16 conn',
      unit: 'req/s',
      value: s('zoneFirmsRps16'),
    },
    { id: 'peer.zoneFirmsP95_16', label: '  p95', unit: 'ms', value: s('zoneFirmsP95_16') },
    ...(skipped.postgraphile === null
      ? [
          {
            id: 'peer.postgraphileRps16',
            label: '  PostGraphile 5, 16 conn',
            unit: 'req/s',
            value: s('peerRps16'),
          },
          {
            id: 'peer.postgraphileP95_16',
            label: '  PostGraphile 5, p95',
            unit: 'ms',
            value: s('peerP95_16'),
          },
          {
            id: 'peer.postgraphile',
            label: 'list throughput, Lianzhao / PostGraphile',
            unit: 'x',
            value: s('peerRpsRatio'),
            target: ms('>=', 1.2),
          },
          {
            id: 'peer.p95Ratio',
            label: 'list p95, Lianzhao / PostGraphile',
            unit: 'x',
            value: s('peerP95Ratio'),
            target: ms('<=', 1),
          },
        ]
      : [
          {
            id: 'peer.postgraphile',
            label: 'list throughput, Lianzhao / PostGraphile',
            unit: 'x',
            target: ms('>=', 1.2),
            notRun: skipped.postgraphile,
          },
        ]),
    {
      id: 'leads.statements10',
      label: 'leads(first: 10) SQL statements',
      unit: 'stmts',
      value: one(statements.first10),
      target: ms('<=', 4),
    },
    {
      id: 'leads.statements100',
      label: 'leads(first: 100) SQL statements',
      unit: 'stmts',
      value: one(statements.first100),
      target: ms('<=', 4),
    },
    {
      id: 'auth.statements',
      label: '  + per request, authentication',
      unit: 'stmts',
      value: one(statements.auth),
    },
    ...(skipped.import === null
      ? [
          {
            id: 'import.rowsPerSecond',
            label: `import ${importRows.toLocaleString('en')} firms from CSV`,
            unit: 'rows/s',
            value: s('importRowsPerSecond'),
            target: ms('>=', 20_000),
          },
          {
            id: 'import.baselineRowsPerSecond',
            label: '  row-by-row INSERT baseline',
            unit: 'rows/s',
            value: s('importBaselineRowsPerSecond'),
          },
          {
            id: 'import.ratio',
            label: 'import / row-by-row baseline',
            unit: 'x',
            value: s('importRatio'),
            target: ms('>=', 50),
          },
        ]
      : [
          {
            id: 'import.rowsPerSecond',
            label: `import ${importRows.toLocaleString('en')} firms from CSV`,
            unit: 'rows/s',
            target: ms('>=', 20_000),
            notRun: skipped.import,
          },
        ]),
    {
      id: 'search.substringP50',
      label: 'firm search, substring, p50',
      unit: 'ms',
      value: s('searchSubstringP50'),
      target: ms('<=', 20),
    },
    {
      id: 'search.initialsP50',
      label: 'firm search, pinyin initials, p50',
      unit: 'ms',
      value: s('searchInitialsP50'),
      target: ms('<=', 20),
    },
    {
      id: 'search.usccP50',
      label: 'firm search, USCC, p50',
      unit: 'ms',
      value: s('searchUsccP50'),
      target: ms('<=', 20),
    },
    {
      id: 'memory.peakRss',
      label: 'API peak RSS under load',
      unit: 'MB',
      value: one(peakRss),
      target: ms('<=', 500),
    },
    js
      ? {
          id: 'web.firstVisitJs',
          label: 'web: first-visit JS, brotli',
          unit: 'KB',
          value: one(js.kb),
          target: ms('<=', 150),
        }
      : {
          id: 'web.firstVisitJs',
          label: 'web: first-visit JS, brotli',
          unit: 'KB',
          target: ms('<=', 150),
          notRun: 'web/dist not built',
        },
    asset && !('error' in asset)
      ? {
          id: 'web.assetHeaders',
          label: 'web: asset compressed + cached (1 = yes)',
          unit: '',
          value: one(asset.ok ? 1 : 0),
          target: ms('>=', 1),
        }
      : {
          id: 'web.assetHeaders',
          label: 'web: asset compressed + cached',
          unit: '',
          target: ms('>=', 1),
          notRun: asset
            ? `the asset request failed (${asset.error}); was web/dist rebuilt meanwhile?`
            : 'web/dist not built',
        },
    ...(skipped.browser === null
      ? [
          {
            id: 'web.bigTableMs',
            label: '  10,000-row table, first rows',
            unit: 'ms',
            value: s('webTableBigMs'),
          },
          {
            id: 'web.smallTableMs',
            label: '  100-row table, first rows',
            unit: 'ms',
            value: s('webTableSmallMs'),
          },
          {
            id: 'web.bigTable',
            label: 'web: 10,000-row table / 100-row',
            unit: 'x',
            value: s('webTableRatio'),
            target: ms('<=', 1.5),
          },
        ]
      : [
          {
            id: 'web.bigTable',
            label: 'web: 10,000-row table / 100-row',
            unit: 'x',
            target: ms('<=', 1.5),
            notRun: skipped.browser,
          },
        ]),
  ];
}
