import { Ajv } from 'ajv';
import schema from '../../schemas/report.schema.json' with { type: 'json' };

const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** Schema errors of a report, as readable strings (empty when valid). */
export function reportSchemaErrors(report: unknown): string[] {
  return validate(report)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
