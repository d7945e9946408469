import { type ChainSpec, group, leaf, links } from './chain-spec';

/** 氢能: production and its equipment and materials -> storage, refuelling, fuel cells -> transport and industrial use. */
export const HYDROGEN_CHAIN: ChainSpec = {
  code: 'H2',
  name: '氢能',
  nameEn: 'Hydrogen energy',
  description: '从工业副产氢和可再生能源电解水制氢，经储运、加氢站和燃料电池，到氢能重卡、氢冶金和绿氢化工。',
  segments: [
    group('PRD', '制氢', 'Hydrogen production', 'UPSTREAM', 4, [
      leaf('PRD-BYP', '工业副产氢', 'By-product hydrogen', 3, ['氢能源', '气体']),
      leaf('PRD-FOS', '化石能源制氢', 'Fossil-fuel hydrogen', 2, ['煤化工', '能源化工']),
      leaf('PRD-ELY', '电解水制氢', 'Water-electrolysis hydrogen', 5, ['绿氢', '新能源']),
    ]),
    group('EQP', '制氢装备', 'Hydrogen production equipment', 'UPSTREAM', 4, [
      leaf('EQP-ALK', '碱性电解槽', 'Alkaline electrolysers', 4, ['电解装备', '氢能装备']),
      leaf('EQP-PEM', 'PEM电解槽', 'PEM electrolysers', 4, ['氢能科技', '电解技术']),
      leaf('EQP-PUR', '纯化与压缩设备', 'Purification and compression', 2, ['气体设备', '压缩机']),
    ]),
    group('MAT', '关键材料', 'Key materials', 'UPSTREAM', 4, [
      leaf('MAT-PEM', '质子交换膜', 'Proton exchange membranes', 5, ['膜材料', '氟材料']),
      leaf('MAT-CAT', '催化剂', 'Catalysts', 4, ['催化材料', '贵金属']),
      leaf('MAT-GDL', '碳纸与气体扩散层', 'Carbon paper and gas diffusion layers', 3, ['碳材料', '碳纸']),
    ]),
    group('STO', '储运', 'Storage and transport', 'MIDSTREAM', 4, [
      leaf('STO-GAS', '高压气态储运', 'High-pressure gaseous transport', 4, ['储氢装备', '气瓶']),
      leaf('STO-LIQ', '液氢储运', 'Liquid hydrogen', 3, ['低温装备', '液氢']),
      leaf('STO-PIPE', '管道输氢', 'Hydrogen pipelines', 2, ['管道', '管业']),
      leaf('STO-SOL', '固态储氢', 'Solid-state storage', 2, ['储氢材料', '合金材料']),
    ]),
    group('HRS', '加氢站', 'Hydrogen refuelling', 'MIDSTREAM', 3, [
      leaf('HRS-OPS', '加氢站建设运营', 'Station construction and operation', 3, ['氢能服务', '能源']),
      leaf('HRS-DSP', '加氢机与站用压缩机', 'Dispensers and station compressors', 2, [
        '加氢设备',
        '流体装备',
      ]),
    ]),
    group('FC', '燃料电池', 'Fuel cells', 'MIDSTREAM', 5, [
      leaf('FC-MEA', '膜电极', 'Membrane electrode assemblies', 5, ['膜电极', '氢能材料']),
      leaf('FC-BPP', '双极板', 'Bipolar plates', 3, ['双极板', '精密部件']),
      leaf('FC-STK', '电堆', 'Stacks', 5, ['燃料电池', '电堆']),
      leaf('FC-BOP', '空压机与氢循环泵', 'Air compressors and recirculation pumps', 3, ['流体机械', '动力']),
      leaf('FC-SYS', '燃料电池系统', 'Fuel-cell systems', 5, ['氢动力', '燃料电池']),
    ]),
    group('TRA', '交通应用', 'Transport applications', 'DOWNSTREAM', 4, [
      leaf('TRA-HDT', '氢燃料电池重卡', 'Fuel-cell heavy trucks', 4, ['重卡', '氢能汽车']),
      leaf('TRA-BUS', '氢燃料电池客车', 'Fuel-cell buses', 3, ['客车', '氢能客车']),
      leaf('TRA-LOG', '氢能物流车', 'Fuel-cell logistics vehicles', 2, ['物流车', '专用汽车']),
    ]),
    group('IND', '工业与能源应用', 'Industrial and energy uses', 'DOWNSTREAM', 4, [
      leaf('IND-MET', '氢冶金', 'Hydrogen metallurgy', 4, ['钢铁', '冶金']),
      leaf('IND-CHE', '绿氢化工', 'Green-hydrogen chemicals', 3, ['化工', '绿色化工']),
      leaf('IND-PWR', '分布式发电与储能', 'Distributed power and storage', 2, ['能源科技', '储能']),
    ]),
  ],
  feeds: links([
    ['EQP-ALK', ['PRD-ELY']],
    ['EQP-PEM', ['PRD-ELY']],
    ['EQP-PUR', ['PRD-BYP', 'PRD-FOS']],
    ['MAT-PEM', ['FC-MEA', 'EQP-PEM']],
    ['MAT-CAT', ['FC-MEA', 'EQP-PEM']],
    ['MAT-GDL', ['FC-MEA']],
    ['PRD-BYP', ['STO-GAS', 'STO-LIQ']],
    ['PRD-FOS', ['STO-GAS', 'STO-PIPE']],
    ['PRD-ELY', ['STO-GAS', 'STO-PIPE', 'STO-SOL', 'IND-MET', 'IND-CHE']],
    ['STO-GAS', ['HRS-OPS']],
    ['STO-LIQ', ['HRS-OPS']],
    ['STO-PIPE', ['IND-MET', 'IND-CHE']],
    ['STO-SOL', ['IND-PWR']],
    ['HRS-DSP', ['HRS-OPS']],
    ['HRS-OPS', ['TRA-HDT', 'TRA-BUS', 'TRA-LOG']],
    ['FC-MEA', ['FC-STK']],
    ['FC-BPP', ['FC-STK']],
    ['FC-STK', ['FC-SYS']],
    ['FC-BOP', ['FC-SYS']],
    ['FC-SYS', ['TRA-HDT', 'TRA-BUS', 'TRA-LOG', 'IND-PWR']],
  ]),
  anchorSegments: ['FC-SYS', 'PRD-ELY', 'TRA-HDT', 'IND-MET'],
};
