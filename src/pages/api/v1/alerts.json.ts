/** /api/v1/alerts.json: every alert, with the fixes for it in order. */
import type { APIRoute } from 'astro';
import { getAlertEntries } from '../../../data/api';
import { alertsFileOf, apiJson } from '#lib/outputs/api.ts';
import { siteOf } from '#lib/links/site-url.ts';

export const GET: APIRoute = async ({ site }) => apiJson(alertsFileOf(await getAlertEntries(siteOf(site)), siteOf(site)));
