export function sourcesFingerprint(root: string): string;
export const BUILD_RECORD: string;
