export const RULES_PROFILE: Record<string, string> = {};
