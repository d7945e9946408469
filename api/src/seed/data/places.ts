/**
 * Where demo firms are located. `regionCode` is the 6-digit division code used in positions 3-8 of
 * a firm's USCC; `prefix` is how the place appears at the start of a firm name (河北示例…).
 */
export interface Place {
  province: string;
  city: string;
  regionCode: string;
  prefix: string;
}

/** Hebei's eleven prefecture-level cities (firms here but outside every seeded zone). */
export const HEBEI_PLACES: readonly Place[] = [
  { province: '河北省', city: '石家庄市', regionCode: '130100', prefix: '石家庄' },
  { province: '河北省', city: '唐山市', regionCode: '130200', prefix: '唐山' },
  { province: '河北省', city: '秦皇岛市', regionCode: '130300', prefix: '秦皇岛' },
  { province: '河北省', city: '邯郸市', regionCode: '130400', prefix: '邯郸' },
  { province: '河北省', city: '邢台市', regionCode: '130500', prefix: '邢台' },
  { province: '河北省', city: '保定市', regionCode: '130600', prefix: '保定' },
  { province: '河北省', city: '张家口市', regionCode: '130700', prefix: '张家口' },
  { province: '河北省', city: '承德市', regionCode: '130800', prefix: '承德' },
  { province: '河北省', city: '沧州市', regionCode: '130900', prefix: '沧州' },
  { province: '河北省', city: '廊坊市', regionCode: '131000', prefix: '廊坊' },
  { province: '河北省', city: '衡水市', regionCode: '131100', prefix: '衡水' },
];

/** Beijing and Tianjin, the rest of 京津冀. */
export const BEIJING_PLACES: readonly Place[] = [
  { province: '北京市', city: '北京市', regionCode: '110108', prefix: '北京' },
  { province: '北京市', city: '北京市', regionCode: '110105', prefix: '北京' },
  { province: '北京市', city: '北京市', regionCode: '110115', prefix: '北京' },
];
export const TIANJIN_PLACES: readonly Place[] = [
  { province: '天津市', city: '天津市', regionCode: '120116', prefix: '天津' },
  { province: '天津市', city: '天津市', regionCode: '120111', prefix: '天津' },
];

/** Other provinces where chain firms cluster. */
export const OTHER_PLACES: readonly Place[] = [
  { province: '江苏省', city: '苏州市', regionCode: '320500', prefix: '苏州' },
  { province: '江苏省', city: '常州市', regionCode: '320400', prefix: '常州' },
  { province: '江苏省', city: '无锡市', regionCode: '320200', prefix: '无锡' },
  { province: '江苏省', city: '南京市', regionCode: '320100', prefix: '南京' },
  { province: '广东省', city: '深圳市', regionCode: '440300', prefix: '深圳' },
  { province: '广东省', city: '广州市', regionCode: '440100', prefix: '广州' },
  { province: '广东省', city: '东莞市', regionCode: '441900', prefix: '东莞' },
  { province: '上海市', city: '上海市', regionCode: '310115', prefix: '上海' },
  { province: '上海市', city: '上海市', regionCode: '310112', prefix: '上海' },
  { province: '浙江省', city: '杭州市', regionCode: '330100', prefix: '杭州' },
  { province: '浙江省', city: '宁波市', regionCode: '330200', prefix: '宁波' },
  { province: '山东省', city: '青岛市', regionCode: '370200', prefix: '青岛' },
  { province: '山东省', city: '济南市', regionCode: '370100', prefix: '济南' },
  { province: '安徽省', city: '合肥市', regionCode: '340100', prefix: '合肥' },
  { province: '湖北省', city: '武汉市', regionCode: '420100', prefix: '武汉' },
  { province: '四川省', city: '成都市', regionCode: '510100', prefix: '成都' },
  { province: '福建省', city: '宁德市', regionCode: '350900', prefix: '宁德' },
  { province: '江西省', city: '宜春市', regionCode: '360900', prefix: '宜春' },
  { province: '湖南省', city: '长沙市', regionCode: '430100', prefix: '长沙' },
  { province: '陕西省', city: '西安市', regionCode: '610100', prefix: '西安' },
];

/** Foreign firms have no USCC and no province; the company form follows the country. */
export interface ForeignPlace {
  city: string;
  form: string;
}
export const FOREIGN_PLACES: readonly ForeignPlace[] = [
  { city: 'Munich', form: 'GmbH' },
  { city: 'Stuttgart', form: 'GmbH' },
  { city: 'Boston', form: 'Inc.' },
  { city: 'San Jose', form: 'Inc.' },
  { city: 'Osaka', form: 'Co., Ltd.' },
  { city: 'Seoul', form: 'Co., Ltd.' },
  { city: 'Basel', form: 'AG' },
  { city: 'Eindhoven', form: 'B.V.' },
  { city: 'Lyon', form: 'SAS' },
];
