import type { Role } from '../../users/roles';

/** The demo accounts; all share DEMO_PASSWORD (demo-accounts.ts). */

export interface DemoUserSpec {
  email: string;
  displayName: string;
  role: Role;
  /** null = province level. */
  zoneCode: string | null;
  title: string | null;
  /** Zones a province-level user may see (user_zone_grant). */
  grants?: readonly string[];
  /** One account per role, printed at start and documented in the README. */
  primary?: true;
}

export const DEMO_USERS: readonly DemoUserSpec[] = [
  {
    email: 'admin@demo.test',
    primary: true,
    displayName: '示例管理员',
    role: 'ADMIN',
    zoneCode: null,
    title: '系统管理员',
  },
  {
    email: 'manager@demo.test',
    primary: true,
    displayName: '王经理',
    role: 'ZONE_MANAGER',
    zoneCode: '130171',
    title: '石家庄高新区投资促进局局长',
  },
  {
    email: 'officer@demo.test',
    primary: true,
    displayName: '李专员',
    role: 'OFFICER',
    zoneCode: '130171',
    title: '石家庄高新区投资促进局招商专员',
  },
  {
    email: 'leader@demo.test',
    primary: true,
    displayName: '张书记',
    role: 'LEADER',
    zoneCode: '130171',
    title: '石家庄高新区党工委书记',
  },
  {
    email: 'analyst@demo.test',
    primary: true,
    displayName: '赵分析师',
    role: 'ANALYST',
    zoneCode: null,
    title: '河北省商务厅产业分析师',
    grants: ['130171', '130273', '130371', '130471', '130671', '131071'],
  },
  // More staff so that lead owners and project authors vary across zones.
  {
    email: 'officer2@demo.test',
    displayName: '刘专员',
    role: 'OFFICER',
    zoneCode: '130171',
    title: '招商专员',
  },
  {
    email: 'officer3@demo.test',
    displayName: '陈专员',
    role: 'OFFICER',
    zoneCode: '130273',
    title: '招商专员',
  },
  {
    email: 'manager2@demo.test',
    displayName: '孙经理',
    role: 'ZONE_MANAGER',
    zoneCode: '130273',
    title: '唐山高新区招商局局长',
  },
  {
    email: 'leader2@demo.test',
    displayName: '高书记',
    role: 'LEADER',
    zoneCode: '130273',
    title: '唐山高新区党工委书记',
  },
  {
    email: 'officer4@demo.test',
    displayName: '周专员',
    role: 'OFFICER',
    zoneCode: '130671',
    title: '招商专员',
  },
  {
    email: 'manager3@demo.test',
    displayName: '吴经理',
    role: 'ZONE_MANAGER',
    zoneCode: '130671',
    title: '保定高新区招商局局长',
  },
  {
    email: 'officer5@demo.test',
    displayName: '郑专员',
    role: 'OFFICER',
    zoneCode: '131071',
    title: '招商专员',
  },
  {
    email: 'officer6@demo.test',
    displayName: '冯专员',
    role: 'OFFICER',
    zoneCode: '130371',
    title: '招商专员',
  },
  {
    email: 'officer7@demo.test',
    displayName: '何专员',
    role: 'OFFICER',
    zoneCode: '130973',
    title: '招商专员',
  },
];
