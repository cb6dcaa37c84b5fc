// unpdf's types mention the optional native canvas it can render with; SATU only extracts text and
// does not install it, so the module is declared empty here for the type checker (main's config
// checks library types).
declare module '@napi-rs/canvas' {
  export type Canvas = unknown;
  export type SKRSContext2D = unknown;
  export const createCanvas: unknown;
}
