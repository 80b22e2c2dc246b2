/** The renameable private member names of src/, most used first. */
export function privateMembers(root?: string): string[];
/** Terser's `mangle.properties` options that rename exactly these members, the same way in every chunk. */
export function privateMangle(root?: string): { regex: RegExp; cache: { props: Record<string, string> } };
