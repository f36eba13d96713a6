import type { Server } from "node:http";
import type { HeaderRule } from "./postbuild/headers.mjs";
export declare function normalisePath(rawPath: string): { segments: string[]; trailingSlash: boolean } | null;
export declare function createSiteServer(options: { root: string; rules?: HeaderRule[] }): Server;
