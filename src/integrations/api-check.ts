/**
 * Astro integration: after the build, validates every file of the JSON API
 * in the output against the JSON Schema published beside it, and stops the
 * build naming the file and the field on the first file that does not match.
 */
import { AstroError } from 'astro/errors';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { schemaNameOf } from '../lib/outputs/api';
import { apiValidator } from '../lib/outputs/api-contract';
import { API_PATH, API_SCHEMA_NAMES, apiSchemaPath, type ApiSchemaName } from '../lib/links/routes';

export default function apiCheck(): AstroIntegration {
  return {
    name: 'api-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const read = async (path: string): Promise<unknown> => JSON.parse(await readFile(join(outDir, path), 'utf8'));
        const schemas = Object.fromEntries(
          await Promise.all(API_SCHEMA_NAMES.map(async (name) => [name, await read(apiSchemaPath(name))] as const)),
        ) as Record<ApiSchemaName, object>;
        const validate = apiValidator(schemas);
        const files = (await readdir(join(outDir, API_PATH), { recursive: true }))
          .map((file) => `${API_PATH}${relative('.', file).split(sep).join('/')}`)
          .filter((path) => schemaNameOf(path));
        const problems: string[] = [];
        for (const path of files) {
          const name = schemaNameOf(path);
          if (!name) continue;
          const found = validate(name, await read(path));
          problems.push(...found.map((problem) => `dist${path}: ${problem} (schema ${apiSchemaPath(name)})`));
        }
        if (problems.length > 0) {
          throw new AstroError(
            `${problems.length} API problem(s):\n- ${problems.join('\n- ')}`,
            'The contract is src/lib/outputs/api.ts: change the data the file comes from, or, for a new field, the contract and its version.',
          );
        }
        logger.info(`${files.length} API files match their JSON Schemas.`);
      },
    },
  };
}
