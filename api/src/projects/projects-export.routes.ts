import { Hono } from 'hono';
import { csvResponse, toCsv } from '../exports/csv-writer';
import { xlsxResponse } from '../exports/xlsx-response';
import { parseId } from '../graphql/ids';
import type { AppEnv } from '../http/app-env';
import { authenticate } from '../http/authenticate';
import { buildWeeklySheet, weeklySheetTable } from './weekly-sheet';
import { loadWeeklySheet } from './weekly-sheet.service';

/**
 * `GET /exports/projects.xlsx?zoneId=…`: the weekly sheet (调度表) of one zone, or of every zone the
 * viewer may see without `zoneId`; `projects.csv` the same rows and columns, flat (weeklySheetTable). Session cookie or API token; the service applies the ledger's
 * scoping (401 without a viewer, 403 for a zone outside the viewer's).
 *
 * @example
 * app.route('/exports', projectsExportRoutes());
 */
export function projectsExportRoutes() {
  const routes = new Hono<AppEnv>();
  routes.get('/projects.xlsx', authenticate(), async function exportWeeklySheet(c) {
    const zoneParam = c.req.query('zoneId');
    const zoneId = zoneParam ? parseId(zoneParam, 'zoneId') : undefined;
    const sheet = await loadWeeklySheet(c.var.services, zoneId === undefined ? {} : { zoneId });
    return xlsxResponse(
      buildWeeklySheet(sheet),
      `${sheet.zoneName ?? ''}重大项目调度表-${sheet.isoWeek}.xlsx`,
    );
  });
  routes.get('/projects.csv', authenticate(), async function exportWeeklySheetCsv(c) {
    const zoneParam = c.req.query('zoneId');
    const zoneId = zoneParam ? parseId(zoneParam, 'zoneId') : undefined;
    const sheet = await loadWeeklySheet(c.var.services, zoneId === undefined ? {} : { zoneId });
    const { header, rows } = weeklySheetTable(sheet);
    return csvResponse(toCsv(header, rows), `${sheet.zoneName ?? ''}重大项目调度表-${sheet.isoWeek}.csv`);
  });
  return routes;
}
