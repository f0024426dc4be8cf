export function chromiumPath(): string;
export const chromiumArgs: string[];
export function launchOptions(): { executablePath: string; args: string[] };
export const installHint: string;
export function hasChromium(): boolean;
