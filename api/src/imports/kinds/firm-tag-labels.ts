import type { FIRM_TAGS } from '../../firms/firm-tags';

/** How firm tags are written in sheets (DESIGN.md §3 glossary), for `parseChoice`. */
export const FIRM_TAG_LABELS: Record<(typeof FIRM_TAGS)[number], readonly string[]> = {
  ANCHOR: ['链主企业', '链主', '龙头企业', '龙头', 'anchor'],
  SPECIALIZED: ['专精特新', '专精特新企业', 'specialized'],
  LITTLE_GIANT: ['专精特新小巨人', '小巨人', 'little giant'],
  HIGH_TECH: ['高新技术企业', '高新企业', '高新', 'high tech', 'high-tech'],
  LISTED: ['上市', '上市公司', '上市企业', 'listed'],
};
