/** /api/v1/fixes.json: every fix, in the order to try them. */
import type { APIRoute } from 'astro';
import { getFixEntries } from '../../../data/api';
import { apiJson, fixesFileOf } from '#lib/outputs/api.ts';
import { siteOf } from '#lib/links/site-url.ts';

export const GET: APIRoute = async ({ site }) => apiJson(fixesFileOf(await getFixEntries(siteOf(site)), siteOf(site)));
