import { describe, expect, it } from 'vitest';
import { shortFirmName, wrapLabel } from './firm-label.ts';

describe('shortFirmName', () => {
  it('drops the company-form suffix', () => {
    expect(shortFirmName('石家庄示例恒博动力电池有限公司', 20)).toBe('石家庄示例恒博动力电池');
    expect(shortFirmName('河北示例华晶新能源汽车股份有限公司', 20)).toBe('河北示例华晶新能源汽车');
    expect(shortFirmName('天津示例金安驱动科技有限责任公司', 20)).toBe('天津示例金安驱动科技');
  });

  it('cuts a long name with an ellipsis, counting characters not UTF-16 units', () => {
    expect(shortFirmName('石家庄示例恒博动力电池有限公司', 6)).toBe('石家庄示例…');
    expect(shortFirmName('𠀀𠀁𠀂𠀃', 3)).toBe('𠀀𠀁…');
  });

  it('keeps a name that is nothing but a suffix', () => {
    expect(shortFirmName('有限公司', 10)).toBe('有限公司');
  });
});

describe('wrapLabel', () => {
  it('cuts into lines and ends an overlong text with an ellipsis', () => {
    expect(wrapLabel('石家庄示例恒博动力电池', 6, 2)).toEqual(['石家庄示例恒', '博动力电池']);
    expect(wrapLabel('一二三四五六七', 3, 2)).toEqual(['一二三', '四五…']);
    expect(wrapLabel('短名', 6, 2)).toEqual(['短名']);
  });
});
