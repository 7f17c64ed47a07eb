// How the live conversation list folds fresh rows into what it has loaded,
// as pure functions (tests/unit/merge-inbox-rows.test.ts). The list holds a
// prefix of the view in sort order; a fresh row goes to its sort place when
// that place is inside the loaded prefix (or the whole view is loaded), else
// it waits for the page that will bring it.
type Sortable = { id: string; priority: number; lastMessageAt: string };
export type ListSort = 'priority' | 'newest' | 'oldest';

export function compareRows(sort: ListSort) {
  return (a: Sortable, b: Sortable): number => {
    if (sort === 'priority') return b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const ta = Date.parse(a.lastMessageAt);
    const tb = Date.parse(b.lastMessageAt);
    const d = sort === 'newest' ? tb - ta || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0) : ta - tb || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return d;
  };
}

// Rows `ids` were asked for; `fresh` are those still in the view. Present ones
// are replaced and re-placed; asked-for ids that did not come back left the view.
export function applyRowUpdates<T extends Sortable>(rows: T[], ids: string[], fresh: T[], sort: ListSort, complete: boolean): T[] {
  const gone = new Set(ids);
  const kept = rows.filter((r) => !gone.has(r.id));
  return insertSorted(kept, fresh, sort, complete);
}

// A fresh first page (after a reconnect, or the server re-rendered the page):
// its rows replace and re-place ours, and loaded rows that sort within its
// range but are not in it have left the view.
export function applyFirstPage<T extends Sortable>(rows: T[], page: T[], sort: ListSort, pageComplete: boolean): T[] {
  const cmp = compareRows(sort);
  const ids = new Set(page.map((r) => r.id));
  const last = page[page.length - 1];
  const kept = rows.filter((r) => !ids.has(r.id) && !pageComplete && (!last || cmp(r, last) > 0));
  return insertSorted(kept, page, sort, true);
}

function insertSorted<T extends Sortable>(rows: T[], fresh: T[], sort: ListSort, complete: boolean): T[] {
  if (!fresh.length) return rows;
  const cmp = compareRows(sort);
  const last = rows[rows.length - 1];
  const freshIds = new Set(fresh.map((r) => r.id));
  // Outside the loaded prefix: the next page brings it, in its place.
  const within = fresh.filter((r) => complete || !last || cmp(r, last) <= 0);
  return [...rows.filter((r) => !freshIds.has(r.id)), ...within].sort(cmp);
}
