// Owns where the report engine finds its bundled files (DejaVu TTF fonts): SATU ships them inside the
// app because Windows has no DejaVu and pdfkit has no font fallback (tech-spikes §1, pitfall 4).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The assets folder: SATU_ASSETS_DIR (packaged app, tests) or `<repo>/assets`. */
export function assetsDir(): string {
  return process.env.SATU_ASSETS_DIR ?? path.resolve(here, '../../../assets');
}

/** The four faces the engine embeds, as absolute file paths. */
export type FontFiles = { sans: string; sansBold: string; serif: string; serifBold: string };

export function fontFiles(dir: string = assetsDir()): FontFiles {
  const f = (name: string) => path.join(dir, 'fonts', name);
  return {
    sans: f('DejaVuSans.ttf'),
    sansBold: f('DejaVuSans-Bold.ttf'),
    serif: f('DejaVuSerif.ttf'),
    serifBold: f('DejaVuSerif-Bold.ttf'),
  };
}
