export type BuildName = 'test' | 'production' | 'firefox';
export const BUILDS: Record<BuildName, { dir: string; args: string[] }>;
export function newestSource(root?: string): number;
export function staleness(dir: string, newest?: number): string | undefined;
export function ensureBuilt(...names: BuildName[]): void;
