// Feature hashing: a feature name ("w:quote", "c:uot", "lex:sales_lead:asks for a quote")
// becomes a bucket index with 32-bit FNV-1a. The model never stores the names, so its
// size is fixed by the number of buckets, whatever the vocabulary of nine languages.
export const HASH_BITS = 18;
export const BUCKETS = 1 << HASH_BITS;

export function hashFeature(name: string, buckets = BUCKETS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (buckets - 1);
}
