import { hashPassword, migrateToLatest, openDatabase } from '@lianzhao/api';
import { sql } from 'kysely';
import pg from 'pg';
import { finishLoad } from './after-load';
import { databaseUrl, recreateDatabase } from './bench-database';

/**
 * The web table scenario's own database: the benchmark provinces have no zone with 10,000 leads
 * (scale L spreads 50,000 over 300 zones), and the scenario must not add rows to the databases the
 * other figures are measured on.
 */
export const WEB_TABLE_DATABASE = 'lianzhao_bench_web';

/** Both zones' users sign in with this password. */
export const WEB_TABLE_PASSWORD = 'lianzhao-bench-web';

export interface TableZone {
  /** The officer of the zone, who sees its leads and no other zone's. */
  email: string;
  leads: number;
  /** Every lead title of the zone starts with it, so a row on screen shows which zone it is. */
  titlePrefix: string;
}

export const BIG_ZONE: TableZone = { email: 'web-big@bench.local', leads: 10_000, titlePrefix: '大表线索' };
export const SMALL_ZONE: TableZone = { email: 'web-small@bench.local', leads: 100, titlePrefix: '小表线索' };

/**
 * Recreates the scratch database on the server of `serverUrl`, migrates it and fills it: two zones
 * with one officer each, one chain of one segment, and one firm per lead (a zone holds one open
 * lead per firm). Returns the scratch database's URL.
 */
export async function createTableDatabase(serverUrl: string): Promise<string> {
  await recreateDatabase(serverUrl, WEB_TABLE_DATABASE);
  const url = databaseUrl(serverUrl, WEB_TABLE_DATABASE);
  const handle = await openDatabase({ databaseUrl: url });
  try {
    const db = handle.db;
    await migrateToLatest(db);
    const passwordHash = await hashPassword(WEB_TABLE_PASSWORD);
    const big = BIG_ZONE.leads;
    const total = BIG_ZONE.leads + SMALL_ZONE.leads;
    await sql`
      INSERT INTO zone (id, code, name, kind, level, province, city) VALUES
        (1, 'WEB01', '万行高新区', 'HIGH_TECH', 'PROVINCIAL', '河北省', '石家庄市'),
        (2, 'WEB02', '百行经开区', 'ECONOMIC', 'PROVINCIAL', '河北省', '保定市')`.execute(db);
    await sql`
      INSERT INTO app_user (id, email, display_name, password_hash, role, zone_id, title) VALUES
        (1, ${BIG_ZONE.email}, '万行园区专员', ${passwordHash}, 'OFFICER', 1, '招商专员'),
        (2, ${SMALL_ZONE.email}, '百行园区专员', ${passwordHash}, 'OFFICER', 2, '招商专员')`.execute(db);
    await sql`INSERT INTO chain (id, code, name) VALUES (1, 'WEB', '基准产业链')`.execute(db);
    await sql`
      INSERT INTO segment (id, chain_id, code, name, stage, position)
      VALUES (1, 1, 'P1', '环节1', 'UPSTREAM', 100)`.execute(db);
    await sql`INSERT INTO zone_chain (zone_id, chain_id) VALUES (1, 1), (2, 1)`.execute(db);
    await sql`
      INSERT INTO firm (id, name, province, city)
      SELECT g, '网页基准企业' || g || '有限公司', '河北省', '邯郸市' FROM generate_series(1, ${total}) g`.execute(
      db,
    );
    // Leads 1..big in the big zone, the rest in the small one; the mix of stages, priorities and
    // dates the table shows (no LOST: it would need a reason). Newest first is the table's order.
    await sql`
      INSERT INTO lead (id, zone_id, firm_id, title, stage, owner_id, source, planned_investment, priority,
                        next_follow_up_on, last_activity_at, created_by_id, created_at, updated_at)
      SELECT g, zone, g,
             CASE zone WHEN 1 THEN ${BIG_ZONE.titlePrefix} ELSE ${SMALL_ZONE.titlePrefix} END || g,
             (ARRAY['LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'SIGNED', 'PAUSED'])[1 + g % 6],
             zone,
             (ARRAY['ANCHOR_REFERRAL', 'EXPO', 'AGENCY', 'FUND', 'INBOUND', 'OTHER'])[1 + g % 6],
             (g % 500) * 37.5,
             (ARRAY['HIGH', 'MEDIUM', 'LOW'])[1 + g % 3],
             current_date + (g % 40 - 10),
             now() - g * interval '1 minute',
             zone,
             now() - interval '200 days' - g * interval '1 minute',
             now() - g * interval '1 minute'
      FROM generate_series(1, ${total}) g, LATERAL (SELECT CASE WHEN g <= ${big} THEN 1 ELSE 2 END AS zone) z`.execute(
      db,
    );
    await sql`INSERT INTO lead_segment (lead_id, segment_id) SELECT id, 1 FROM lead`.execute(db);
    await finishLoad(db, { analyze: true });
  } finally {
    await handle.close();
  }
  return url;
}

/** Drops the scratch database (the server must be stopped: FORCE ends any session left). */
export async function dropTableDatabase(serverUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${WEB_TABLE_DATABASE} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
