import { PNG } from "pngjs";

/**
 * Draws the Teams app icons: a shield sheltering a child. Drawn by code rather than kept as
 * design files so that anyone can change the colours or shape and re-make them
 * (`npm run make:icons`). Shapes are described on a unit square and sampled 4x4 per pixel, which
 * gives smooth edges without a graphics library.
 */

export const ACCENT_COLOR = "#006C7A";
const TEAL: Rgb = [0x00, 0x6c, 0x7a];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const YELLOW: Rgb = [0xf2, 0xb1, 0x34];

type Rgb = [number, number, number];
/** What covers a point of the icon: a colour, or nothing (transparent). */
type Paint = (u: number, v: number) => Rgb | undefined;

interface ShieldShape {
  top: number;
  shoulder: number;
  tip: number;
  halfWidth: number;
}

/** Straight sides down to the shoulder, then a curve to a point: a classic heater shield. */
function insideShield(u: number, v: number, s: ShieldShape): boolean {
  if (v < s.top || v > s.tip) return false;
  const dx = Math.abs(u - 0.5);
  if (v <= s.shoulder) return dx <= s.halfWidth;
  const t = (v - s.shoulder) / (s.tip - s.shoulder);
  return dx <= s.halfWidth * Math.cos((t * Math.PI) / 2);
}

const OUTER: ShieldShape = { top: 0.17, shoulder: 0.5, tip: 0.86, halfWidth: 0.32 };
const inset = (s: ShieldShape, d: number): ShieldShape => ({
  top: s.top + d,
  shoulder: s.shoulder,
  tip: s.tip - d * 1.7,
  halfWidth: s.halfWidth - d,
});

/** A child: a round head over a rounded body with a flat hem. */
function insideChild(u: number, v: number, scale = 1): boolean {
  const cx = 0.5;
  const head = Math.hypot(u - cx, v - 0.4) <= 0.068 * scale;
  const bodyTop = 0.49;
  const hem = 0.69;
  const rx = 0.125 * scale;
  const ry = 0.17 * scale;
  const body = v >= bodyTop && v <= hem && ((u - cx) / rx) ** 2 + ((v - 0.66) / ry) ** 2 <= 1;
  return head || body;
}

const colorPaint: Paint = (u, v) => {
  if (insideShield(u, v, inset(OUTER, 0.035))) {
    return insideChild(u, v) ? TEAL : WHITE;
  }
  if (insideShield(u, v, OUTER)) return YELLOW;
  return TEAL;
};

/** Teams wants the outline icon white on transparent: a shield outline with the child inside. */
const outlinePaint: Paint = (u, v) => {
  const outer: ShieldShape = { top: 0.06, shoulder: 0.45, tip: 0.96, halfWidth: 0.42 };
  if (insideShield(u, v, outer) && !insideShield(u, v, inset(outer, 0.085))) return WHITE;
  // The child, drawn a little larger and higher so it still reads at 32 pixels.
  const cu = 0.5 + (u - 0.5) / 1.1;
  const cv = 0.51 + (v - 0.46) / 1.1;
  return insideChild(cu, cv) ? WHITE : undefined;
};

function draw(size: number, paint: Paint): PNG {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const samples = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = paint((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const i = (y * size + x) * 4;
      const n = samples * samples;
      png.data[i] = covered ? Math.round(r / covered) : 0;
      png.data[i + 1] = covered ? Math.round(g / covered) : 0;
      png.data[i + 2] = covered ? Math.round(b / covered) : 0;
      png.data[i + 3] = Math.round((covered / n) * 255);
    }
  }
  return png;
}

/** 192x192, full colour, opaque: the icon Teams shows in the app store and the app bar. */
export function drawColorIcon(): Buffer {
  return PNG.sync.write(draw(192, colorPaint), { colorType: 6 });
}

/** 32x32, white on transparent: the icon Teams tints for the app bar when the app is in use. */
export function drawOutlineIcon(): Buffer {
  return PNG.sync.write(draw(32, outlinePaint), { colorType: 6 });
}
