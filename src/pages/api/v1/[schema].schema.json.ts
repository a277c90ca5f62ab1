/** /api/v1/<name>.schema.json: the JSON Schema of each API file, published beside it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { apiJson, jsonSchemaOf } from '#lib/outputs/api.ts';
import { API_SCHEMA_NAMES, type ApiSchemaName } from '#lib/links/routes.ts';
import { siteOf } from '#lib/links/site-url.ts';

export const getStaticPaths = (() =>
  API_SCHEMA_NAMES.map((name) => ({ params: { schema: name }, props: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: ApiSchemaName }> = ({ props: { name }, site }) => apiJson(jsonSchemaOf(name, siteOf(site)));
