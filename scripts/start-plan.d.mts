/** Types of start-plan.mjs, for the unit tests. */
export const USAGE: string;
export type StartPlan = { browser: 'chromium' | 'firefox'; headless: boolean } | { exitCode: number; message: string };
export function planStart(args: string[], env: Record<string, string | undefined>, platform: string): StartPlan;
