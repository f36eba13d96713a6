export interface HeaderOptions {
  /** CSP sources of the inline scripts pages run, as `'sha256-…'`. */
  scriptHashes?: string[];
  frameAncestors?: string[];
  imageHosts?: string[];
}
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}
export declare const immutablePrefixes: string[];
export declare const immutableCacheControl: string;
export declare const revalidateCacheControl: string;
export declare const headersFileName: string;
export declare function cacheControlFor(urlPath: string): string;
export declare function sourceList(value: string | undefined, name: string, fallback: string[]): string[];
export declare function frameAncestorsFrom(env?: Record<string, string | undefined>): string[];
export declare function imageHostsFrom(env?: Record<string, string | undefined>): string[];
export declare function inlineScripts(html: string): string[];
export declare function scriptHash(source: string): string;
export declare function contentSecurityPolicy(options?: HeaderOptions): string;
export declare function securityHeaders(options?: HeaderOptions): Record<string, string>;
export declare function headerRules(options?: HeaderOptions): HeaderRule[];
export declare function formatHeadersFile(rules: HeaderRule[]): string;
export declare function parseHeadersFile(text: string): HeaderRule[];
export declare function patternMatches(pattern: string, urlPath: string): boolean;
export declare function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string>;
export declare function imageSourceAllowed(src: string, hosts: string[]): boolean;
