// pg's own conversion of a query parameter to its wire text (no types of its own ship for it).
declare module 'pg/lib/utils.js' {
  const utils: { prepareValue(value: unknown): string | Buffer | null };
  export default utils;
}
