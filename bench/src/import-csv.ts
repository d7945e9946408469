import { firmName, firmUscc, HEBEI_CITIES } from './names';
import { Random } from './random';

/** An existing firm a generated row can repeat, so that the import's duplicate checks have work. */
export interface ExistingFirm {
  name: string;
  uscc: string;
}

export interface ImportFile {
  csv: string;
  /** The rows as the baseline inserts them: one firm each. */
  rows: { name: string; uscc: string; city: string; revenue: number; employees: number; foundedOn: string }[];
}

const HEADER = '企业名称,统一社会信用代码,所在城市,企业标签,营业收入,员工人数,成立日期,网站,所属环节';
const TAGS = ['', '', '', '高新技术企业', '专精特新', '高新技术企业、专精特新'];
/** New firms' USCCs are numbered from here, far above the generator's firm numbers. */
const FIRST_NEW_FIRM_NUMBER = 50_000_000;

/**
 * A deterministic CSV of `count` firms for the zone's segments, the way an officer's firm list looks:
 * mostly new firms, and every 50th row one of each of these, so that dedup has work to do:
 * an existing firm repeated exactly (UNCHANGED, found by USCC), an existing firm with a new website
 * (UPDATE), and a variant of an existing firm's name under a new USCC (CREATE, listed as a possible
 * duplicate by the trigram check). Names are unique within the file (a repeated name is a row error).
 */
export function importFile(
  count: number,
  existing: readonly ExistingFirm[],
  segments: readonly string[],
): ImportFile {
  const random = new Random(`import-${count}`);
  const lines = [HEADER];
  const rows: ImportFile['rows'] = [];
  const names = new Set<string>();
  const usedExisting = new Set<number>();
  const pickExisting = () => {
    for (;;) {
      const i = random.int(0, existing.length - 1);
      const firm = existing[i] as ExistingFirm;
      if (!usedExisting.has(i) && !names.has(firm.name)) {
        usedExisting.add(i);
        return firm;
      }
    }
  };
  for (let i = 0; i < count; i++) {
    const city = random.pick(HEBEI_CITIES);
    const revenue = Math.round(random.logNormal(3000, 1.2) * 100) / 100;
    const employees = Math.max(1, Math.round(random.logNormal(80, 1)));
    const foundedOn = `${random.int(1990, 2025)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
    const segment = segments.length ? random.pick(segments) : '';
    const kind = existing.length > 3 * (count / 50) ? i % 50 : -1;
    if (kind === 0 || kind === 1) {
      const firm = pickExisting();
      names.add(firm.name);
      // Only name and USCC (UNCHANGED), or those and a website the firm lacks (UPDATE).
      const website = kind === 1 ? `https://firm-${i}.example.cn` : '';
      lines.push(csvLine([firm.name, firm.uscc, '', '', '', '', '', website, '']));
      rows.push({ name: firm.name, uscc: firm.uscc, city, revenue, employees, foundedOn });
      continue;
    }
    let name = kind === 2 ? variantOf(pickExisting().name) : firmName(random, random.int(0, 19));
    for (let n = 2; names.has(name); n++) name = `${name.replace(/\(\d+\)$/, '')}(${n})`;
    names.add(name);
    const uscc = firmUscc(FIRST_NEW_FIRM_NUMBER + i);
    lines.push(
      csvLine([
        name,
        uscc,
        city,
        random.pick(TAGS),
        String(revenue),
        String(employees),
        foundedOn,
        '',
        segment,
      ]),
    );
    rows.push({ name, uscc, city, revenue, employees, foundedOn });
  }
  return { csv: `${lines.join('\n')}\n`, rows };
}

/** Another spelling of a firm's name: its legal form changed, as lists from two sources differ. */
function variantOf(name: string): string {
  return name.endsWith('股份有限公司')
    ? name.replace(/股份有限公司$/, '有限公司')
    : `${name.replace(/有限公司$/, '')}股份有限公司`;
}

function csvLine(cells: string[]): string {
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

const pad = (n: number) => String(n).padStart(2, '0');
