// Windows-1252 code points for bytes 0x80–0x9F. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D)
// keep their Latin-1 (C1 control) value, as browsers and most converters do.
export const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

const toByte = new Map<number, number>();
for (let b = 0xa0; b <= 0xff; b++) toByte.set(b, b);
CP1252_HIGH.forEach((cp, i) => {
  toByte.set(cp, 0x80 + i);
  toByte.set(0x80 + i, 0x80 + i); // text decoded as Latin-1 keeps the C1 control instead
});

/** The byte a character stood for if the text was mis-decoded as Windows-1252 or Latin-1. */
export function byteOfChar(code: number): number | undefined {
  return code < 0x80 ? code : toByte.get(code);
}
