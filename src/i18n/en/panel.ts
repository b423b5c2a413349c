export const PANEL: Record<string, string> = {};
