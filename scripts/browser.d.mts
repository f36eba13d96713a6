import type { LaunchOptions } from "@playwright/test";
export declare const chromiumPath: string | undefined;
export declare const chromiumArgs: string[];
export declare const launchOptions: LaunchOptions;
