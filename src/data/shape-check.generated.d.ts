/** The compiled JSON Schema check (see scripts/shape-validator.ts): true when `data` has the dataset's shape. */
export declare function validate(data: unknown): boolean;
