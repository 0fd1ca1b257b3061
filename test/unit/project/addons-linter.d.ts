/** The part of addons-linter's programmatic API (its README, "Using the linter programmatically") the tests use. */
declare module 'addons-linter' {
  export interface LinterMessage { code: string; message: string; description: string; file?: string; line?: number; column?: number }
  export interface LinterResult {
    count: number;
    summary: { errors: number; notices: number; warnings: number };
    errors: LinterMessage[]; warnings: LinterMessage[]; notices: LinterMessage[];
  }
  export interface LinterConfig {
    _: string[]; logLevel: string; stack: boolean; pretty: boolean; warningsAsErrors: boolean; metadata: boolean;
    output: 'none' | 'text' | 'json'; boring: boolean; selfHosted: boolean;
  }
  const linter: { createInstance(options: { config: LinterConfig; runAsBinary: boolean }): { run(): Promise<LinterResult> } };
  export default linter;
}
