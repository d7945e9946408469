import type { LeadStage } from './lead-texts';

/** Zones with staff, how many leads each works, and who owns them (relative weights). */
export interface LeadZoneSpec {
  zoneCode: string;
  count: number;
  owners: readonly (readonly [email: string, weight: number])[];
}

export const LEAD_ZONES: readonly LeadZoneSpec[] = [
  {
    zoneCode: '130171',
    count: 130,
    owners: [
      ['officer@demo.test', 5],
      ['officer2@demo.test', 3],
      ['manager@demo.test', 2],
    ],
  },
  {
    zoneCode: '130273',
    count: 50,
    owners: [
      ['officer3@demo.test', 3],
      ['manager2@demo.test', 1],
    ],
  },
  {
    zoneCode: '130671',
    count: 45,
    owners: [
      ['officer4@demo.test', 3],
      ['manager3@demo.test', 1],
    ],
  },
  { zoneCode: '131071', count: 45, owners: [['officer5@demo.test', 1]] },
  { zoneCode: '130371', count: 35, owners: [['officer6@demo.test', 1]] },
  { zoneCode: '130973', count: 35, owners: [['officer7@demo.test', 1]] },
];

/** Share of each zone's leads per stage; every SIGNED lead becomes a project. */
export const STAGE_SHARES: readonly (readonly [LeadStage, number])[] = [
  ['LEAD', 0.22],
  ['CONTACTED', 0.19],
  ['VISITED', 0.15],
  ['NEGOTIATING', 0.12],
  ['SIGNED', 0.12],
  ['PAUSED', 0.08],
  ['LOST', 0.12],
];

export type LeadSource = 'ANCHOR_REFERRAL' | 'EXPO' | 'AGENCY' | 'FUND' | 'INBOUND' | 'OTHER';

/** Sources of leads that are not referrals by a local anchor's own supplier. */
export const SOURCE_WEIGHTS: readonly (readonly [LeadSource, number])[] = [
  ['EXPO', 0.25],
  ['AGENCY', 0.2],
  ['INBOUND', 0.15],
  ['FUND', 0.12],
  ['ANCHOR_REFERRAL', 0.15],
  ['OTHER', 0.08],
];

/** Projects entered directly (no lead), by zone: some in zones without demo staff. */
export const DIRECT_PROJECT_ZONES: readonly string[] = [
  '130171',
  '130171',
  '130171',
  '130471',
  '130471',
  '130771',
  '130771',
  '130871',
  '130571',
  '130273',
];
