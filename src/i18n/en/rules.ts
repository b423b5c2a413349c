export const RULES: Record<string, string> = {};
