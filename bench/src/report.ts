import type { Spread } from './measure';

/** One line of the printed table and of the results file. */
export interface Figure {
  id: string;
  label: string;
  unit: string;
  /** Absent when the scenario did not run (see `notRun`). */
  value?: Spread;
  /** e.g. '<= 15'; absent for figures printed for context only. */
  target?: { op: '<=' | '>='; limit: number };
  notRun?: string;
}

export function passes(figure: Figure): boolean | undefined {
  if (!figure.value || !figure.target) return undefined;
  const v = figure.value.median;
  return figure.target.op === '<=' ? v <= figure.target.limit : v >= figure.target.limit;
}

function format(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

/** The table `pnpm bench` prints: measured median [min–max], target, and pass or fail. */
export function renderTable(figures: readonly Figure[]): string {
  const notes: string[] = [];
  const rows = figures.map((f) => {
    const result = passes(f);
    return [
      f.label,
      f.value ? `${format(f.value.median)} ${f.unit}` : '-',
      f.value && f.value.runs.length > 1 ? `${format(f.value.min)}–${format(f.value.max)}` : '',
      f.target ? `${f.target.op} ${f.target.limit} ${f.unit}` : '',
      f.notRun
        ? `not run [${notes.push(`[${notes.length + 1}] ${f.label}: ${f.notRun}`)}]`
        : result === undefined
          ? ''
          : result
            ? 'PASS'
            : 'FAIL',
    ];
  });
  const header = ['scenario', 'median', 'min–max', 'target', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 4 ? c.padEnd(widths[i]!) : c)).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line), '', ...notes].join(
    '\n',
  );
}
