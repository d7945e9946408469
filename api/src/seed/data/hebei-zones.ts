/**
 * The 23 development zones and similar functional areas of Hebei, copied row for row from
 * shared/data/hebei-functional-areas.csv (columns code, name, city_code, city). Copied rather than
 * read at seed time because shared/ is not part of this repository.
 *
 * Source: the county-level "functional area" codes (x71-x79 under each city) of the public dataset
 * modood/Administrative-divisions-of-China (dist/areas.csv and dist/cities.csv), which compiles the
 * National Bureau of Statistics' division codes; released under the WTFPL.
 */
export interface HebeiZoneRow {
  code: string;
  name: string;
  cityCode: string;
  city: string;
}

export const HEBEI_ZONES: readonly HebeiZoneRow[] = [
  { code: '130171', name: '石家庄高新技术产业开发区', cityCode: '1301', city: '石家庄市' },
  { code: '130172', name: '石家庄循环化工园区', cityCode: '1301', city: '石家庄市' },
  { code: '130271', name: '河北唐山芦台经济开发区', cityCode: '1302', city: '唐山市' },
  { code: '130272', name: '唐山市汉沽管理区', cityCode: '1302', city: '唐山市' },
  { code: '130273', name: '唐山高新技术产业开发区', cityCode: '1302', city: '唐山市' },
  { code: '130274', name: '河北唐山海港经济开发区', cityCode: '1302', city: '唐山市' },
  { code: '130371', name: '秦皇岛市经济技术开发区', cityCode: '1303', city: '秦皇岛市' },
  { code: '130372', name: '北戴河新区', cityCode: '1303', city: '秦皇岛市' },
  { code: '130471', name: '邯郸经济技术开发区', cityCode: '1304', city: '邯郸市' },
  { code: '130473', name: '邯郸冀南新区', cityCode: '1304', city: '邯郸市' },
  { code: '130571', name: '河北邢台经济开发区', cityCode: '1305', city: '邢台市' },
  { code: '130671', name: '保定高新技术产业开发区', cityCode: '1306', city: '保定市' },
  { code: '130672', name: '保定白沟新城', cityCode: '1306', city: '保定市' },
  { code: '130771', name: '张家口经济开发区', cityCode: '1307', city: '张家口市' },
  { code: '130772', name: '张家口市察北管理区', cityCode: '1307', city: '张家口市' },
  { code: '130773', name: '张家口市塞北管理区', cityCode: '1307', city: '张家口市' },
  { code: '130871', name: '承德高新技术产业开发区', cityCode: '1308', city: '承德市' },
  { code: '130971', name: '河北沧州经济开发区', cityCode: '1309', city: '沧州市' },
  { code: '130972', name: '沧州高新技术产业开发区', cityCode: '1309', city: '沧州市' },
  { code: '130973', name: '沧州渤海新区', cityCode: '1309', city: '沧州市' },
  { code: '131071', name: '廊坊经济技术开发区', cityCode: '1310', city: '廊坊市' },
  { code: '131171', name: '河北衡水高新技术产业开发区', cityCode: '1311', city: '衡水市' },
  { code: '131172', name: '衡水滨湖新区', cityCode: '1311', city: '衡水市' },
];
