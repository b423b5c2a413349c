export const POPUP: Record<string, string> = {};
