export const OPTIONS: Record<string, string> = {};
