// validateShape walks the data against schemas/kubernetes.schema.json itself (compiling the
// schema with ajv took longer than a pre-commit run's linting); it must find exactly the
// type errors ajv finds, on every resource of the fixtures and the corpus.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { expect, test } from 'vitest';
import schema from '../../schemas/kubernetes.schema.json' with { type: 'json' };
import { parseFile } from '../../src/load/parse.js';
import { SourceFile } from '../../src/load/source.js';
import { resourcesOf } from '../../src/model/resource.js';
import { typeErrors } from '../../src/shape/validate.js';
import { CORPUS, FIXTURES, hasShared } from '../helpers/paths.js';

const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
ajv.addSchema(schema);

function manifests(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) manifests(path, out);
    else if (/\.(ya?ml|json)$/.test(name)) out.push(path);
  }
  return out;
}

test('the type errors are those ajv reports', () => {
  const definitions = Object.keys(schema.definitions);
  let checked = 0;
  let failing = 0;
  for (const path of [...manifests(FIXTURES), ...(hasShared ? manifests(CORPUS) : [])]) {
    const file = new SourceFile(path, readFileSync(path, 'utf8'));
    for (const parsed of parseFile(file, { full: true }).docs) {
      for (const resource of resourcesOf(parsed).resources) {
        for (const definition of definitions) {
          const validate = ajv.getSchema(`${schema.$id}#/definitions/${definition}`)!;
          validate(resource.value);
          const expected = (validate.errors ?? [])
            .filter((e) => e.keyword === 'type')
            .map((e) => ({ instancePath: e.instancePath, type: e.params.type }));
          const actual = typeErrors(definition, resource.value).map((e) => ({
            instancePath: e.instancePath,
            type: e.type,
          }));
          expect(actual, `${path} ${definition}`).toEqual(expected);
          checked++;
          if (expected.length > 0) failing++;
        }
      }
    }
  }
  expect(checked).toBeGreaterThan(1000);
  expect(failing).toBeGreaterThan(10);
});
