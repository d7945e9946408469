import { firmNameInitials } from '../../api/src/firms/firm-initials';
import { day, instant } from './calendar';
import { firmDetails, type ProvinceModel } from './province-model';
import type { Random } from './random';
import type { Row } from './sinks';

export function* firmRows(
  { firms, zones }: ProvinceModel,
  random: Random,
  withInitials: boolean,
): Iterable<Row> {
  for (let i = 0; i < firms.count; i++) {
    const d = firmDetails(i, firms, zones, random);
    const zoneId = firms.zoneId[i] || null;
    const at = instant(-d.createdDaysAgo);
    const row: Row = [
      i + 1,
      d.uscc,
      firms.names[i]!,
      d.province,
      d.city,
      zoneId,
      d.tags,
      d.revenue,
      d.employees,
      day(-d.foundedDaysAgo),
      d.website,
      at,
      at,
    ];
    // The app's own function, so search by initials finds generated firms as it finds real ones.
    yield withInitials ? [...row, firmNameInitials(firms.names[i]!)] : row;
  }
}

export function* firmSegmentRows({ firms }: ProvinceModel): Iterable<Row> {
  for (let i = 0; i < firms.count; i++) for (const s of firms.segmentIds[i]!) yield [i + 1, s];
}

/**
 * Supply relations: each firm supplies a log-normal number of buyers (most a few, some many); a
 * buyer is a local firm of the same chain (30%), a firm of the chain picked with a strong skew to its
 * anchors and largest firms (60%), or any large firm (10%). Passes over the firms repeat until the
 * scale's count is reached; a supplier never lists the same buyer twice.
 */
export function* supplyRows(model: ProvinceModel, target: number, random: Random): Iterable<Row> {
  const { firms, chains, localFirms } = model;
  const everyone = chains.flatMap((c) => c.firmsBySize.slice(0, Math.ceil(c.firmsBySize.length / 10)));
  const average = target / firms.count;
  // supplier * count + buyer: a pair already written in an earlier pass is not written again.
  const written = new Set<number>();
  let id = 0;
  while (id < target) {
    for (let s = 0; s < firms.count && id < target; s++) {
      const chain = chains[firms.chainIndex[s]!]!;
      const local = firms.zoneId[s] ? localFirms.get(`${firms.zoneId[s]}:${firms.chainIndex[s]}`) : undefined;
      const degree = Math.min(target - id, Math.max(1, Math.round(random.logNormal(average * 0.7, 0.8))));
      const buyers = new Set<number>();
      for (let attempt = 0; buyers.size < degree && attempt < degree * 4; attempt++) {
        const r = random.next();
        let buyer: number;
        if (r < 0.3 && local && local.length > 1) buyer = random.pick(local);
        else if (r < 0.9) buyer = chain.firmsBySize[random.skewedIndex(chain.firmsBySize.length, 3)]!;
        else buyer = everyone[random.skewedIndex(everyone.length, 2)]!;
        if (buyer !== s && !written.has(s * firms.count + buyer)) buyers.add(buyer);
      }
      for (const b of buyers) {
        if (id >= target) break;
        id++;
        written.add(s * firms.count + b);
        const volume = random.chance(0.7) ? Math.round(random.logNormal(500, 1.3) * 100) / 100 : null;
        yield [
          id,
          s + 1,
          b + 1,
          firms.segmentIds[s]![0]!,
          volume,
          'bench',
          random.int(50, 100) / 100,
          instant(-random.int(1, 700)),
        ];
      }
    }
  }
}
