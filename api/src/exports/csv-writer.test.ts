import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-writer';
import { neutralizeFormula, startsLikeFormula } from './formula-guard';

describe('formula guard and CSV writer', () => {
  it('neutralises text that starts with =, +, -, @, tab or CR, and nothing else', () => {
    for (const text of ['=1+1', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(startsLikeFormula(text), JSON.stringify(text)).toBe(true);
      expect(neutralizeFormula(text)).toBe(`'${text}`);
    }
    for (const text of ['比亚迪', 'a=b', ' =1', '', '1-2']) expect(neutralizeFormula(text)).toBe(text);
  });

  it('writes UTF-8 with BOM and CRLF, quotes what needs it, and keeps numbers as numbers', () => {
    const csv = toCsv(
      ['名称', '金额'],
      [
        ['甲,乙', -5],
        ['说"是"', null],
        ['=HYPERLINK("x")', 1.5],
        ['两\n行', undefined],
      ],
    );
    expect(csv).toBe(
      '\uFEFF名称,金额\r\n"甲,乙",-5\r\n"说""是""",\r\n"\'=HYPERLINK(""x"")",1.5\r\n"两\n行",\r\n',
    );
  });
});
