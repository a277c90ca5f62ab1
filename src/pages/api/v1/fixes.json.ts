/** /api/v1/fixes.json: every fix, in the order to try them. */
import type { APIRoute } from 'astro';
import { getFixEntries } from '../../../data/api';
import { apiJson, fixesFileOf } from '../../../lib/api';
import { siteOf } from '../../../lib/site-url';

export const GET: APIRoute = async ({ site }) => apiJson(fixesFileOf(await getFixEntries(siteOf(site)), siteOf(site)));
