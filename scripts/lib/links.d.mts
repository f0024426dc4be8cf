export function brokenLinks(
  pages: Map<string, string>,
  assets: Set<string>,
  dynamic?: Set<string>,
): string[];
