import { type Resource } from '../model/resource.js';
import type { ShapeProblem } from '../model/types.js';
/**
 * Checks the types of the fields rules read. A field of the wrong type is reported and
 * removed from the resource's data, so every rule sees well-typed data or nothing.
 */
export declare function validateShape(resource: Resource): ShapeProblem[];
