// Types of the validator scripts/manifest-validator.mjs compiles from the manifest's JSON Schema.
import type { ValidateFunction } from 'ajv';

export declare const validate: ValidateFunction;
export default validate;
