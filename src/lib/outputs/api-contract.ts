/**
 * Checks API files against their published JSON Schemas with Ajv, a
 * maintained validator independent of the zod schemas they were made from.
 * The contract test runs it on every file in dist/api/
 * (test/dist/machine-files.test.ts); the unit tests on the files' builders.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ApiSchemaName } from '#lib/links/routes.ts';

type ApiValidator = (name: ApiSchemaName, data: unknown) => string[];

/** A validator for the given schemas; each problem names the field (a JSON pointer) and what is wrong. */
export function apiValidator(schemas: Readonly<Record<ApiSchemaName, object>>): ApiValidator {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validators = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, ajv.compile(schema)]));
  return (name, data) => {
    const validate = validators[name];
    if (!validate) return [`there is no schema named "${name}"`];
    if (validate(data)) return [];
    return (validate.errors ?? []).map((error) => {
      const field = error.instancePath || '(the whole file)';
      const allowed = 'allowedValues' in error.params ? `: ${JSON.stringify(error.params.allowedValues)}` : '';
      const extra = 'additionalProperty' in error.params ? ` (${String(error.params.additionalProperty)})` : '';
      return `${field} ${error.message ?? 'is invalid'}${allowed}${extra}`;
    });
  };
}
