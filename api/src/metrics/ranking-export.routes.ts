import { Hono } from 'hono';
import { xlsxResponse } from '../exports/xlsx-response';
import type { AppEnv } from '../http/app-env';
import { authenticate } from '../http/authenticate';
import { zoneRanking } from './ranking.service';
import { buildRankingSheet, rankingFileName } from './ranking-sheet';

/**
 * `GET /exports/zone-ranking.xlsx?kind=HIGH_TECH&period=2026-W48&locale=en`: the ranking as a
 * spreadsheet, with the same field as `zoneRanking` (the zones the viewer may see). `period` defaults
 * to this week, `locale` to zh-CN. Session cookie or API token.
 *
 * @example
 * app.route('/exports', rankingExportRoutes());
 */
export function rankingExportRoutes() {
  const routes = new Hono<AppEnv>();
  routes.get('/zone-ranking.xlsx', authenticate(), async function exportZoneRanking(c) {
    const ranking = await zoneRanking(
      c.var.services,
      c.req.query('kind') ?? '',
      c.req.query('period') ?? null,
    );
    const locale = c.req.query('locale') === 'en' ? 'en' : 'zh-CN';
    return xlsxResponse(buildRankingSheet(ranking, locale), rankingFileName(ranking, locale));
  });
  return routes;
}
