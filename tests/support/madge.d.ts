/** The part of madge's API the lint test uses (madge ships no types). */
declare module 'madge' {
  interface MadgeResult {
    /** Each cycle as the files on it, relative to `baseDir`. */
    circular(): string[][];
  }
  export default function madge(path: string | string[], config?: Record<string, unknown>): Promise<MadgeResult>;
}
