import { Hono } from 'hono';
import { xlsxResponse } from '../exports/xlsx-response';
import { parseId } from '../graphql/ids';
import type { AppEnv } from '../http/app-env';
import { authenticate } from '../http/authenticate';
import { exportChainGaps } from './chain-gaps-export.service';

/** `GET /exports/chain-gaps.xlsx?zoneId=&chainId=`: the gap list as a spreadsheet (session or API token). */
export function chainGapExportRoutes() {
  const routes = new Hono<AppEnv>();
  routes.get('/chain-gaps.xlsx', authenticate(), async (c) => {
    const zoneId = parseId(c.req.query('zoneId') ?? '', 'zoneId');
    const chainId = parseId(c.req.query('chainId') ?? '', 'chainId');
    const { workbook, fileName } = await exportChainGaps(c.var.services, zoneId, chainId);
    return xlsxResponse(workbook, fileName);
  });
  return routes;
}
