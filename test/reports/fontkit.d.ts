// fontkit (a dependency of pdfkit) ships no types; the glyph-coverage test needs two members.
declare module 'fontkit' {
  export type Font = { postscriptName: string; hasGlyphForCodePoint: (codePoint: number) => boolean };
  export function openSync(file: string): Font;
}
