import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('csvCell', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+86 311')).toBe("'+86 311");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
  });

  it('quotes a neutralised cell when it also needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('treats a negative number like text that starts with a minus', () => {
    expect(csvCell(-5)).toBe("'-5");
  });

  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvCell('河北省, 石家庄市')).toBe('"河北省, 石家庄市"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('营收 7,555 万元')).toBe('"营收 7,555 万元"');
    expect(csvCell('新能源汽车 · 锂资源')).toBe('新能源汽车 · 锂资源');
  });

  it('writes numbers as they are and nothing for missing values', () => {
    expect(csvCell(129.23)).toBe('129.23');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('does not touch a formula character that is not at the start', () => {
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['环节', '得分'],
        ['锂资源', 129.23],
      ]),
    ).toBe('\uFEFF环节,得分\r\n锂资源,129.23\r\n');
  });
});
