// The names behind the palette's views (teams, tags, channels), fetched once
// per page load when the palette first opens, not on every inbox render.
import type { PaletteData } from '@/components/command-palette/palette-commands';

let pending: Promise<PaletteData> | null = null;

export function loadPaletteData(): Promise<PaletteData> {
  pending ??= fetch('/api/inbox/palette', { headers: { accept: 'application/json' } })
    .then((res) => {
      if (!res.ok) throw new Error(`palette names: HTTP ${res.status}`);
      return res.json() as Promise<PaletteData>;
    })
    .catch((err: unknown) => {
      pending = null; // the next opening tries again
      throw err;
    });
  return pending;
}
