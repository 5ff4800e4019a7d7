import { type Resource } from '../model/resource.js';
import type { ShapeProblem } from '../model/types.js';
/** A type error: where (a JSON pointer) and which type(s) the schema wants there. */
interface TypeMismatch {
    readonly instancePath: string;
    readonly type: string | readonly string[];
}
/**
 * The type errors of a value against a definition. The schema uses only `type`,
 * `properties`, `additionalProperties`, `items`, `allOf` and local `$ref`s, and only type
 * errors are reported, so a walk over the data is all it takes; compiling the schema with
 * ajv cost more than a pre-commit run's whole linting. A test checks that it finds what ajv
 * finds.
 */
export declare function typeErrors(definition: string, value: unknown): TypeMismatch[];
/**
 * Checks the types of the fields rules read. A field of the wrong type is reported and
 * removed from the resource's data, so every rule sees well-typed data or nothing.
 */
export declare function validateShape(resource: Resource): ShapeProblem[];
export {};
