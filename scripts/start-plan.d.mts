export type StartStep = 'install-electron' | 'unavailable' | 'build-native' | 'launch';

export interface ExecutableFacts {
  pathTxt: string | null;
  overrideDist: string | undefined;
  electronDir: string;
  exists(path: string): boolean;
  join(...parts: string[]): string;
}

export interface StartFacts {
  electronFound: boolean;
  installTried: boolean;
  bindingExists: boolean;
  bindingStamp: string | null;
  wantedStamp: string;
}

export function electronExecutable(facts: ExecutableFacts): string | null;
export function nativeStamp(electronVersion: string, betterSqliteVersion: string): string;
export function nextStep(facts: StartFacts): StartStep;
export const UNAVAILABLE_MESSAGE: string;
export const NATIVE_BUILD_FAILED_MESSAGE: string;
