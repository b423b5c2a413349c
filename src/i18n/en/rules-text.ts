export const RULES_TEXT: Record<string, string> = {};
