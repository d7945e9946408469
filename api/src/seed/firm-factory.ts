import { completeUscc, USCC_ALPHABET } from '../firms/uscc';
import type { FirmDraft, FirmTag } from './context';
import type { SegmentSpec } from './data/chain-spec';
import { BRAND_CHARS, COMPANY_FORMS, ENGLISH_BRANDS, PLAIN_FORMS } from './data/name-parts';
import type { ForeignPlace, Place } from './data/places';
import type { ChainCode } from './data/zone-profiles';
import { addDays } from './dates';
import type { Random } from './random';

/** Where a firm is: a Chinese place (optionally inside a seeded zone) or abroad. */
export type FirmLocation =
  | { kind: 'china'; place: Place; zoneCode: string | null }
  | { kind: 'foreign'; place: ForeignPlace };

export interface FirmRequest {
  chainCode: ChainCode;
  segments: readonly SegmentSpec[];
  location: FirmLocation;
  anchor: boolean;
}

const USCC_SERIAL_SPACE = 31 ** 6;

/**
 * A checksum-valid but fictional USCC: 9 (market regulator) 1 (enterprise), the 6-digit region, then
 * an organisation code starting with DEM (demo) and six characters that encode the serial, so codes
 * never repeat. The serial is scrambled by a multiplier coprime to 31^6 to look less sequential.
 */
export function demoUscc(regionCode: string, serial: number): string {
  let n = (serial * 7919 + 104_729) % USCC_SERIAL_SPACE;
  let tail = '';
  for (let i = 0; i < 6; i++) {
    tail = USCC_ALPHABET.charAt(n % 31) + tail;
    n = Math.floor(n / 31);
  }
  return completeUscc(`91${regionCode}DEM${tail}`);
}

/** Makes demo firms with unique names and USCCs, deterministically from its Random. */
export class FirmFactory {
  private readonly names = new Set<string>();
  private serial = 0;

  constructor(
    private readonly rng: Random,
    private readonly today: string,
  ) {}

  /** The next firm: a unique name and USCC, tags, size and founding date drawn for its kind. */
  make(request: FirmRequest): FirmDraft {
    const { rng } = this;
    this.serial += 1;
    const main = request.segments[0];
    if (!main) throw new Error('a firm needs a segment');
    const tags = this.tags(request.anchor);
    const revenue = this.revenue(request.anchor, tags);
    const employees = Math.max(8, Math.round(revenue / rng.int(60, 180)));
    const ageYears = request.anchor ? rng.int(12, 35) : 2 + Math.floor(rng.next() ** 1.6 * 28);
    const foundedOn = addDays(this.today, -(ageYears * 365 + rng.int(0, 364)));
    const website =
      tags.includes('LISTED') || request.anchor ? `https://demo${this.serial}.example.com` : null;
    const base = { tags, revenue, employees, foundedOn, website, chainCode: request.chainCode };
    const segmentCodes = request.segments.map((segment) => segment.code);
    if (request.location.kind === 'foreign') {
      const { name, shortName } = this.englishName(main, request.location.place);
      return {
        ...base,
        name,
        shortName,
        uscc: null,
        aliases: [],
        province: null,
        city: request.location.place.city,
        zoneCode: null,
        segmentCodes,
      };
    }
    const { place, zoneCode } = request.location;
    const { name, shortName, trade } = this.chineseName(main, place, tags);
    return {
      ...base,
      name,
      shortName,
      uscc: demoUscc(zoneCode ?? place.regionCode, this.serial),
      aliases: rng.chance(0.35) ? [trade] : [],
      province: place.province,
      city: place.city,
      zoneCode,
      segmentCodes,
    };
  }

  private tags(anchor: boolean): FirmTag[] {
    const { rng } = this;
    const tags: FirmTag[] = [];
    if (anchor) tags.push('ANCHOR');
    if (rng.chance(anchor ? 0.7 : 0.3)) tags.push('HIGH_TECH');
    // 专精特新"小巨人" are a subset of 专精特新 firms.
    const littleGiant = !anchor && rng.chance(0.045);
    if (littleGiant || (!anchor && rng.chance(0.1))) tags.push('SPECIALIZED');
    if (littleGiant) tags.push('LITTLE_GIANT');
    if (rng.chance(anchor ? 0.6 : 0.03)) tags.push('LISTED');
    return tags;
  }

  /** Revenue in 万元, log-normal: most firms are small, a few are very large. */
  private revenue(anchor: boolean, tags: readonly FirmTag[]): number {
    const { rng } = this;
    if (anchor)
      return Math.round(Math.min(20_000_000, Math.max(100_000, 400_000 * Math.exp(0.8 * rng.normal()))));
    const boost = tags.includes('LISTED') || tags.includes('LITTLE_GIANT') ? 4 : 1;
    return Math.round(Math.min(2_000_000, Math.max(50, 2_500 * boost * Math.exp(1.3 * rng.normal()))));
  }

  private chineseName(segment: SegmentSpec, place: Place, tags: readonly FirmTag[]) {
    const { rng } = this;
    const word = rng.pick(segment.firmWords.length > 0 ? segment.firmWords : [segment.name]);
    const plain = /(科技|技术|服务)$/.test(word);
    for (let attempt = 0; ; attempt++) {
      const first = rng.pick(BRAND_CHARS);
      let second = rng.pick(BRAND_CHARS);
      while (second === first) second = rng.pick(BRAND_CHARS);
      const brand = attempt < 20 ? first + second : `${first}${second}${attempt}`;
      let form: string = rng.pick(plain ? PLAIN_FORMS : COMPANY_FORMS);
      if (tags.includes('LISTED')) form = '股份有限公司';
      const prefix = rng.chance(0.3) && place.province === '河北省' ? '河北' : place.prefix;
      const name = `${prefix}示例${brand}${word}${form}`;
      if (this.names.has(name)) continue;
      this.names.add(name);
      return { name, shortName: `示例${brand}`, trade: `示例${brand}${word}` };
    }
  }

  private englishName(segment: SegmentSpec, place: ForeignPlace) {
    const { rng } = this;
    for (let attempt = 0; ; attempt++) {
      const brand = rng.pick(ENGLISH_BRANDS) + (attempt < 20 ? '' : ` ${attempt}`);
      const name = `${brand} Demo ${segment.nameEn} ${place.form}`;
      if (this.names.has(name)) continue;
      this.names.add(name);
      return { name, shortName: `${brand} Demo` };
    }
  }
}
