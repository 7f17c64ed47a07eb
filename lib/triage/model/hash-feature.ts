// Feature hashing: a feature name ("w:quote", "c:uot", "L:sales_lead:asks for a quote")
// becomes a bucket index with 32-bit FNV-1a. The model never stores the names, so its
// size is fixed by the number of buckets, whatever the vocabulary of nine languages.
// hashSlice hashes prefix + a slice of a string without building the string (character
// n-grams are most of a message's features; this keeps them allocation-free).
export const HASH_BITS = 18;
export const BUCKETS = 1 << HASH_BITS;

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

function fnv(h: number, s: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, PRIME);
  }
  return h;
}

export function hashFeature(name: string, buckets = BUCKETS): number {
  return (fnv(OFFSET, name, 0, name.length) >>> 0) & (buckets - 1);
}

export function hashSlice(prefix: string, s: string, start: number, end: number, buckets = BUCKETS): number {
  return (fnv(fnv(OFFSET, prefix, 0, prefix.length), s, start, end) >>> 0) & (buckets - 1);
}
