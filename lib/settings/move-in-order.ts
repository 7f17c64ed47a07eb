// Reordering a list by moving one item to an index (0 = first), as a pure
// function: the new order and which items need a new position. Used for the
// routing rules' `position`.
export function moveInOrder(ids: readonly string[], movingId: string, toIndex: number): string[] {
  const rest = ids.filter((id) => id !== movingId);
  const at = Math.max(0, Math.min(rest.length, Math.trunc(toIndex)));
  return [...rest.slice(0, at), movingId, ...rest.slice(at)];
}

// Rows whose position differs from their index in `order`.
export function positionUpdates(rows: readonly { id: string; position: number }[], order: readonly string[]): { id: string; position: number }[] {
  const current = new Map(rows.map((r) => [r.id, r.position]));
  return order.flatMap((id, position) => (current.get(id) === position ? [] : [{ id, position }]));
}
