/**
 * Demo-only facts about the seeded zones that the reference csv does not carry: which chains each
 * zone pursues, how developed its chains are, and a short name for titles and units. Invented for
 * the demo, except NATIONAL_ZONE_CODES (from shared/data/README.md).
 */
export type ChainCode = 'NEV' | 'BIO' | 'IC' | 'H2';

/** How many of a chain's segments the zone already has local firms in. */
export type ZoneStrength = 'STRONG' | 'MEDIUM' | 'WEAK';

export interface ZoneProfile {
  chains: readonly ChainCode[];
  strength: ZoneStrength;
  /** The name people use, e.g. 石家庄高新区. */
  shortName: string;
}

/**
 * The national-level zones named in shared/data/README.md: 石家庄, 唐山, 保定, 承德 high-tech zones and
 * 秦皇岛, 邯郸, 廊坊 economic and technological development zones. The level of the others is unknown.
 */
export const NATIONAL_ZONE_CODES: ReadonlySet<string> = new Set([
  '130171',
  '130273',
  '130671',
  '130871',
  '130371',
  '130471',
  '131071',
]);

/** The demo's home zone: the demo accounts work here and the seed guarantees its showcase cases. */
export const HOME_ZONE_CODE = '130171';

export const ZONE_PROFILES: Readonly<Record<string, ZoneProfile>> = {
  '130171': { chains: ['NEV', 'BIO', 'IC'], strength: 'STRONG', shortName: '石家庄高新区' },
  '130172': { chains: ['BIO', 'H2'], strength: 'WEAK', shortName: '石家庄循环化工园区' },
  '130271': { chains: ['NEV'], strength: 'MEDIUM', shortName: '芦台经开区' },
  '130272': { chains: ['H2'], strength: 'WEAK', shortName: '汉沽管理区' },
  '130273': { chains: ['NEV', 'H2'], strength: 'STRONG', shortName: '唐山高新区' },
  '130274': { chains: ['H2'], strength: 'MEDIUM', shortName: '唐山海港经开区' },
  '130371': { chains: ['NEV', 'BIO'], strength: 'STRONG', shortName: '秦皇岛经开区' },
  '130372': { chains: ['BIO'], strength: 'WEAK', shortName: '北戴河新区' },
  '130471': { chains: ['NEV', 'H2'], strength: 'STRONG', shortName: '邯郸经开区' },
  '130473': { chains: ['NEV'], strength: 'MEDIUM', shortName: '冀南新区' },
  '130571': { chains: ['NEV', 'H2'], strength: 'MEDIUM', shortName: '邢台经开区' },
  '130671': { chains: ['NEV', 'IC'], strength: 'STRONG', shortName: '保定高新区' },
  '130672': { chains: ['NEV'], strength: 'WEAK', shortName: '白沟新城' },
  '130771': { chains: ['H2', 'NEV'], strength: 'MEDIUM', shortName: '张家口经开区' },
  '130772': { chains: ['H2'], strength: 'WEAK', shortName: '察北管理区' },
  '130773': { chains: ['H2'], strength: 'WEAK', shortName: '塞北管理区' },
  '130871': { chains: ['BIO', 'IC'], strength: 'STRONG', shortName: '承德高新区' },
  '130971': { chains: ['NEV', 'BIO'], strength: 'MEDIUM', shortName: '沧州经开区' },
  '130972': { chains: ['BIO'], strength: 'MEDIUM', shortName: '沧州高新区' },
  '130973': { chains: ['BIO', 'H2'], strength: 'MEDIUM', shortName: '渤海新区' },
  '131071': { chains: ['IC', 'BIO', 'NEV'], strength: 'STRONG', shortName: '廊坊经开区' },
  '131171': { chains: ['BIO', 'NEV'], strength: 'MEDIUM', shortName: '衡水高新区' },
  '131172': { chains: ['BIO'], strength: 'WEAK', shortName: '滨湖新区' },
};

/** Telephone area codes of Hebei's cities, for fictional contact numbers. */
export const CITY_AREA_CODES: Readonly<Record<string, string>> = {
  石家庄市: '0311',
  唐山市: '0315',
  秦皇岛市: '0335',
  邯郸市: '0310',
  邢台市: '0319',
  保定市: '0312',
  张家口市: '0313',
  承德市: '0314',
  沧州市: '0317',
  廊坊市: '0316',
  衡水市: '0318',
};
