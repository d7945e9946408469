import type { firms as zh } from '../zh-CN/firms.ts';

/** English messages — the firm list, search, export, duplicates and merge. */
export const firms: Record<keyof typeof zh, string> = {
  'firms.title': 'Firms',
  'firms.subtitle':
    'The firm directory: find firms by name, pinyin initials (e.g. byd) or USCC; review and merge duplicates.',
  'firms.tab.list': 'Directory',
  'firms.tab.duplicates': 'Possible duplicates',
  'firms.search': 'Find a firm',
  'firms.searchPlaceholder': 'Name, pinyin initials or USCC',
  'firms.zone': 'Zone',
  'firms.count': '{count} firms',
  'firms.empty': 'No firm matches.',
  'firms.column.name': 'Name',
  'firms.column.uscc': 'USCC',
  'firms.column.city': 'City',
  'firms.column.zone': 'Zone',
  'firms.column.tags': 'Tags',
  'firms.noUscc': 'no USCC',
  'firms.exportCsv': 'Export CSV',
  'firms.exportXlsx': 'Export Excel',
  'firms.importLink': 'Import a firm list',
  'firms.duplicates.hint':
    'Firms whose names are similar once 有限公司, 集团, 科技 and the like are removed, most similar first. Merging moves leads, projects, supply relations, segments and names to the firm kept.',
  'firms.duplicates.empty': 'No possible duplicates found.',
  'firms.duplicates.similarity': 'similarity {value}',
  'firms.merge.keep': 'Keep “{name}”',
  'firms.merge.title': 'Merge the firms?',
  'firms.merge.body':
    '“{duplicate}” will be merged into “{survivor}”: its leads, projects, supply relations, segments and name (as an alias) move to “{survivor}”, then it is deleted (the audit log keeps it).',
  'firms.merge.confirm': 'Merge',
  'firms.merge.busy': 'Merging…',
  'firms.merge.done': 'Merged “{duplicate}” into “{survivor}”.',
  'firms.merge.failed': 'Merge failed: {reason}',
};
