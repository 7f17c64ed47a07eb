// Platt scaling: fits p = sigmoid(a·margin + b) to out-of-fold margins by Newton's
// method, so a head's probability means what it says on messages it was not trained on.
import type { Calibration } from './model-types';

export function fitCalibration(margins: number[], ys: number[], l2 = 1e-3): Calibration {
  let a = 1;
  let b = 0;
  for (let it = 0; it < 50; it++) {
    let ga = l2 * (a - 1);
    let gb = 0;
    let haa = l2;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < margins.length; i++) {
      const m = margins[i];
      const p = 1 / (1 + Math.exp(-(a * m + b)));
      const g = p - ys[i];
      const w = p * (1 - p);
      ga += g * m;
      gb += g;
      haa += w * m * m;
      hab += w * m;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-8) break;
  }
  return { a: Math.round(a * 1e4) / 1e4, b: Math.round(b * 1e4) / 1e4 };
}
