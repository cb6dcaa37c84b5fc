// Owns paper sizes and margins in PDF points. F4/Folio (215 × 330 mm) is the usual paper of naskah dinas;
// A4 per PerANRI 5/2021. Margins (ruang tepi) per TND Kemenkumham (Permenkumham 31/2020, as summarised by
// Kanwil Banten 2021; same figures as Perka ANRI 2/2014): top ≥ 2 cm (or 2 spasi below the kop), bottom
// ≥ 2.5 cm, left ≥ 3 cm (room to punch for the ordner), right ≥ 2 cm.
/** 'F4-setengah': half folio (215 × 165 mm), the paper of the lembar disposisi (reference A.8). */
export type Paper = 'F4' | 'A4' | 'F4-setengah';
export type Orientation = 'portrait' | 'landscape';
export type Margins = { top: number; bottom: number; left: number; right: number };
export type PageGeometry = { paper: Paper; orientation: Orientation; width: number; height: number; margins: Margins };

export const mm = (v: number): number => (v * 72) / 25.4;
export const cm = (v: number): number => mm(v * 10);

const SIZES: Record<Paper, readonly [number, number]> = {
  F4: [mm(215), mm(330)],
  A4: [mm(210), mm(297)],
  'F4-setengah': [mm(215), mm(165)],
};

/** Ruang tepi TND; the left margin stays on the binding side in landscape too. */
export const TND_MARGINS: Margins = { top: cm(2), bottom: cm(2.5), left: cm(3), right: cm(2) };

/** A half-sheet form keeps the binding side but needs the page for its boxes. */
export const FORM_MARGINS: Margins = { top: cm(1.2), bottom: cm(1.2), left: cm(2), right: cm(1.2) };

export function pageGeometry(paper: Paper, orientation: Orientation): PageGeometry {
  const [w, h] = SIZES[paper];
  const [width, height] = orientation === 'portrait' ? [w, h] : [h, w];
  return { paper, orientation, width, height, margins: paper === 'F4-setengah' ? FORM_MARGINS : TND_MARGINS };
}

export const contentWidth = (g: PageGeometry): number => g.width - g.margins.left - g.margins.right;
