import { describe, expect, it } from 'vitest';
import {
  curve,
  MAX_PER_SIDE,
  mergeSuppliers,
  type NetworkFirm,
  networkLayout,
  ROW_HEIGHT,
  SPLIT_MIN_WIDTH,
  strokeWidthFor,
} from './network-layout.ts';
import { makeLink } from './test-factories.ts';

const firm = (id: string, local: boolean, volume: number | null = null): NetworkFirm => ({
  id,
  name: `示例供应商${id}有限公司`,
  local,
  volume,
});

describe('mergeSuppliers', () => {
  it('makes one node per firm, summing its known volumes, largest first and unknown last', () => {
    const merged = mergeSuppliers([
      makeLink({ id: '1' }, { annualVolume: 100 }),
      makeLink({ id: '2' }, { annualVolume: null, local: true }),
      makeLink({ id: '1' }, { annualVolume: 250, segment: null }),
      makeLink({ id: '3' }, { annualVolume: 300 }),
      makeLink({ id: '3' }, { annualVolume: null }),
    ]);
    expect(merged.map((f) => [f.id, f.volume, f.local])).toEqual([
      ['1', 350, false],
      ['3', 300, false],
      ['2', null, true],
    ]);
  });
});

describe('strokeWidthFor', () => {
  it('scales by the square root of the share of the largest volume, from 1.5 to 8', () => {
    expect(strokeWidthFor(400, 400)).toBe(8);
    expect(strokeWidthFor(100, 400)).toBe(4.8);
    expect(strokeWidthFor(0, 400)).toBe(1.5);
  });

  it('draws unknown volumes, and everything when no volume is known, at the thinnest width', () => {
    expect(strokeWidthFor(null, 400)).toBe(1.5);
    expect(strokeWidthFor(10, 0)).toBe(1.5);
  });
});

describe('curve', () => {
  it('runs a horizontal S-curve between two points', () => {
    expect(curve({ x: 0, y: 10 }, { x: 100, y: 50 })).toBe('M0 10 C50 10 50 50 100 50');
  });
});

describe('networkLayout', () => {
  it('puts local suppliers left and outside ones right of the anchor when wide', () => {
    const layout = networkLayout(
      '石家庄示例恒博动力电池有限公司',
      [firm('1', true, 50), firm('2', false, 100)],
      800,
    );
    expect(layout.mode).toBe('split');
    const [local, outside] = layout.sides;
    expect(local.local).toBe(true);
    expect(outside.local).toBe(false);
    const localDot = local.suppliers[0]?.dot;
    const outsideDot = outside.suppliers[0]?.dot;
    expect(localDot && localDot.x < layout.anchor.x).toBe(true);
    expect(outsideDot && outsideDot.x > layout.anchor.x + layout.anchor.width).toBe(true);
    expect(local.suppliers[0]?.labelAnchor).toBe('end');
    expect(outside.suppliers[0]?.labelAnchor).toBe('start');
  });

  it('draws each line from the supplier to the nearer edge of the anchor, at its middle', () => {
    const layout = networkLayout('链主', [firm('1', true), firm('2', false)], 800);
    const middle = layout.anchor.y + layout.anchor.height / 2;
    expect(layout.sides[0].suppliers[0]?.path.endsWith(`${layout.anchor.x} ${middle}`)).toBe(true);
    expect(
      layout.sides[1].suppliers[0]?.path.endsWith(`${layout.anchor.x + layout.anchor.width} ${middle}`),
    ).toBe(true);
  });

  it('centres each side on the anchor, one row apart', () => {
    const layout = networkLayout('链主', [firm('1', true), firm('2', true), firm('3', false)], 800);
    const middle = layout.anchor.y + layout.anchor.height / 2;
    const [local, outside] = layout.sides;
    expect(local.suppliers.map((s) => s.dot.y)).toEqual([middle - ROW_HEIGHT / 2, middle + ROW_HEIGHT / 2]);
    expect(outside.suppliers[0]?.dot.y).toBe(middle);
  });

  it('stacks both sides left of the anchor, local above, when narrow', () => {
    const layout = networkLayout('链主', [firm('1', true), firm('2', false)], SPLIT_MIN_WIDTH - 1);
    expect(layout.mode).toBe('stacked');
    const [local, outside] = layout.sides;
    const localDot = local.suppliers[0]?.dot;
    const outsideDot = outside.suppliers[0]?.dot;
    expect(localDot && outsideDot && localDot.y < outsideDot.y).toBe(true);
    expect(localDot && localDot.x < layout.anchor.x).toBe(true);
    expect(layout.anchor.x + layout.anchor.width).toBe(SPLIT_MIN_WIDTH - 1);
  });

  it('keeps every drawn element inside the picture', () => {
    const firms = Array.from({ length: 30 }, (_, i) => firm(String(i), i % 3 === 0, i * 10));
    for (const width of [280, 390, 720, 1200]) {
      const layout = networkLayout('石家庄示例恒博动力电池有限公司', firms, width);
      for (const side of layout.sides) {
        for (const s of side.suppliers) {
          expect(s.dot.x).toBeGreaterThan(0);
          expect(s.dot.x).toBeLessThan(layout.width);
          expect(s.dot.y).toBeGreaterThan(side.header.y);
          expect(s.dot.y + ROW_HEIGHT / 2).toBeLessThanOrEqual(layout.height);
        }
        if (side.more) expect(side.more.y + ROW_HEIGHT / 2).toBeLessThanOrEqual(layout.height);
      }
      expect(layout.anchor.y).toBeGreaterThanOrEqual(0);
      expect(layout.anchor.y + layout.anchor.height).toBeLessThanOrEqual(layout.height);
    }
  });

  it('shortens labels to the room beside the dots', () => {
    const long = { ...firm('1', true), name: '石家庄示例恒博动力电池材料科技发展有限公司' };
    const narrow = networkLayout('链主', [long], 320).sides[0].suppliers[0];
    const wide = networkLayout('链主', [long], 1200).sides[0].suppliers[0];
    expect(narrow?.label.endsWith('…')).toBe(true);
    expect(wide?.label).toBe('石家庄示例恒博动力电池材料科技发展');
    expect(narrow && Array.from(narrow.label).length * 13).toBeLessThanOrEqual(narrow?.labelX ?? 0);
  });

  it('draws at most MAX_PER_SIDE suppliers a side and counts the rest', () => {
    const firms = Array.from({ length: MAX_PER_SIDE + 3 }, (_, i) => firm(String(i), false, 100 - i));
    const [local, outside] = networkLayout('链主', firms, 800).sides;
    expect(outside.suppliers).toHaveLength(MAX_PER_SIDE);
    expect(outside.count).toBe(MAX_PER_SIDE + 3);
    expect(outside.more?.count).toBe(3);
    expect(local.suppliers).toHaveLength(0);
    expect(local.more).toBeNull();
  });

  it('dashes the lines of suppliers whose volume is unknown', () => {
    const [, outside] = networkLayout('链主', [firm('1', false, 100), firm('2', false, null)], 800).sides;
    expect(outside.suppliers.map((s) => [s.dashed, s.strokeWidth])).toEqual([
      [false, 8],
      [true, 1.5],
    ]);
  });

  it('fits the anchor name into two lines of its box', () => {
    const { anchor } = networkLayout('河北示例华晶新能源汽车股份有限公司', [], 800);
    expect(anchor.lines.length).toBeGreaterThan(0);
    expect(anchor.lines.length).toBeLessThanOrEqual(2);
    for (const line of anchor.lines)
      expect(Array.from(line).length * 13).toBeLessThanOrEqual(anchor.width - 16);
  });
});
