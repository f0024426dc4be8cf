export function pageHeaders(
  distDir: string,
): (pathname: string) => { key: string; value: string }[] | undefined;
