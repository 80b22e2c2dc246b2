// Types of scripts/sizes.mjs for the tests that import it.
export interface SizeRow { entry: string; files: number; raw: number; gzip: number; brotli: number }
export const BUDGET: number;
export const FIRST_LOAD_BUDGET: number;
export const ELEMENT_BUDGETS: Record<string, number>;
export const ENTRIES: string[];
export function sizes(dir?: string): SizeRow[];
export function firstLoad(dir?: string): Omit<SizeRow, 'entry'>;
