-- Full-text search over messages and contacts that works for Chinese and
-- Japanese (no spaces between words) as well as for spaced languages.
--
-- How text becomes search terms (the same functions index documents and
-- parse queries, so both sides always agree):
--   1. normalise: NFKC (full-width letters and half-width kana fold to their
--      usual forms), unaccent (plăți → plati, Straße → strasse), lower-case;
--   2. split into runs: runs of CJK characters (Han, kana, Hangul) and runs of
--      other letters/digits; punctuation, symbols and emoji separate runs;
--   3. a CJK run becomes overlapping character bigrams (退款申请 → 退款 款申 申请)
--      plus its last character alone, so any 2-character word, and any single
--      character, of the run can be found; other runs are one term each.
-- Terms are stored with positions in a tsvector column (GIN-indexed) kept up
-- to date by triggers. Queries (switchboard_search_query) AND the query's
-- runs together, chain a CJK run's bigrams as a phrase (<->), and match words
-- of 3+ characters as prefixes (refund → refunds). pg_trgm alone would not
-- do: trigrams cannot match 2-character CJK words; pg_bigm is not in contrib.
-- The columns and indexes are declared in schema.prisma (so Prisma's schema
-- diff keeps them); the functions and triggers live only here.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "searchVector" tsvector;

-- The tokeniser's pattern: group 1 = a CJK run, group 2 = any other run of
-- characters that are not spaces, ASCII punctuation, Latin-1 symbols, general
-- punctuation and symbols (U+2000-2BFF), CJK punctuation, variation selectors,
-- specials or emoji. Explicit ranges keep it independent of the database locale.
CREATE OR REPLACE FUNCTION switchboard_search_pattern() RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT
  '([\u3005-\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\U00020000-\U0002ffff]+)'
  '|([^\s\u0001-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u00d7\u00f7\u2000-\u2bff\u3000-\u3004\u3008-\u303f\ufe00-\ufe6f\uff00-\uff0f\ufff0-\uffff\U0001f000-\U0001faff'
  '\u3005-\u3007\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\U00020000-\U0002ffff]+)'
$$;

CREATE OR REPLACE FUNCTION switchboard_search_normalize(input text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT lower(unaccent(normalize(coalesce(input, ''), NFKC))) $$;

-- A document's tsvector. Terms never contain quotes or backslashes (ASCII
-- punctuation separates runs), so they can be written as tsvector literals.
-- Long texts are indexed up to 20,000 characters (tsvector positions stop at 16,383).
CREATE OR REPLACE FUNCTION switchboard_search_vector(input text) RETURNS tsvector
LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $$
DECLARE
  m text[];
  len int;
  i int;
  pos int := 0;
  parts text[] := '{}';
BEGIN
  FOR m IN SELECT regexp_matches(switchboard_search_normalize(left(input, 20000)), switchboard_search_pattern(), 'g') LOOP
    IF m[1] IS NOT NULL THEN
      len := length(m[1]);
      FOR i IN 1..len LOOP
        pos := pos + 1;
        parts := parts || ('''' || substr(m[1], i, CASE WHEN i < len THEN 2 ELSE 1 END) || ''':' || least(pos, 16383));
      END LOOP;
    ELSE
      pos := pos + 1;
      parts := parts || ('''' || left(m[2], 64) || ''':' || least(pos, 16383));
    END IF;
  END LOOP;
  RETURN array_to_string(parts, ' ')::tsvector;
END
$$;

-- A user's query as a tsquery (NULL when it has no searchable characters).
-- At most 16 runs of the first 200 characters count. A query that looks like
-- a phone number also matches contacts' phones by their digits (see below).
CREATE OR REPLACE FUNCTION switchboard_search_query(input text) RETURNS tsquery
LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $$
DECLARE
  m text[];
  len int;
  i int;
  bigrams text[];
  parts text[] := '{}';
  digits text;
  q text;
BEGIN
  FOR m IN SELECT regexp_matches(switchboard_search_normalize(left(input, 200)), switchboard_search_pattern(), 'g') LIMIT 16 LOOP
    IF m[1] IS NOT NULL THEN
      len := length(m[1]);
      IF len = 1 THEN
        parts := parts || ('''' || m[1] || ''':*');
      ELSE
        bigrams := '{}';
        FOR i IN 1..len - 1 LOOP
          bigrams := bigrams || ('''' || substr(m[1], i, 2) || '''');
        END LOOP;
        parts := parts || ('(' || array_to_string(bigrams, ' <-> ') || ')');
      END IF;
    ELSE
      parts := parts || ('''' || left(m[2], 64) || '''' || CASE WHEN length(m[2]) >= 3 THEN ':*' ELSE '' END);
    END IF;
  END LOOP;
  IF cardinality(parts) = 0 THEN
    RETURN NULL;
  END IF;
  q := '(' || array_to_string(parts, ' & ') || ')';
  IF input ~ '^[\s+0-9().\-/]+$' THEN
    digits := ltrim(regexp_replace(input, '\D', '', 'g'), '0');
    IF length(digits) >= 6 THEN
      q := q || ' | ''' || digits || ''':*';
    END IF;
  END IF;
  RETURN q::tsquery;
END
$$;

-- A contact's tsvector: name, handles, emails and phones of all identities,
-- plus every 6+-digit suffix of each phone's digits, so "0721 234 567" finds
-- +40721234567 (national and international forms share a suffix).
CREATE OR REPLACE FUNCTION switchboard_contact_search_vector(contact_id text, contact_name text) RETURNS tsvector
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT switchboard_search_vector(concat_ws(' ', contact_name, (
           SELECT string_agg(concat_ws(' ', i.handle, i.email, i.phone), ' ' ORDER BY i."createdAt", i.id)
           FROM "ContactIdentity" i WHERE i."contactId" = contact_id)))
         || coalesce((
           SELECT array_to_tsvector(array_agg(DISTINCT substr(p.digits, k)))
           FROM (SELECT regexp_replace(i.phone, '\D', '', 'g') AS digits FROM "ContactIdentity" i
                 WHERE i."contactId" = contact_id AND i.phone IS NOT NULL) p,
                generate_series(1, length(p.digits) - 5) AS k), '')
$$;

-- Backfill before the indexes and triggers exist (faster on a large table).
UPDATE "Message" SET "searchVector" = switchboard_search_vector(concat_ws(' ', subject, text));
UPDATE "Contact" SET "searchVector" = switchboard_contact_search_vector(id, name);

CREATE OR REPLACE FUNCTION switchboard_message_search_trigger() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  NEW."searchVector" := switchboard_search_vector(concat_ws(' ', NEW.subject, NEW.text));
  RETURN NEW;
END
$$;

CREATE TRIGGER "Message_search"
BEFORE INSERT OR UPDATE OF subject, text ON "Message"
FOR EACH ROW EXECUTE FUNCTION switchboard_message_search_trigger();

CREATE OR REPLACE FUNCTION switchboard_contact_search_trigger() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  NEW."searchVector" := switchboard_contact_search_vector(NEW.id, NEW.name);
  RETURN NEW;
END
$$;

CREATE TRIGGER "Contact_search"
BEFORE INSERT OR UPDATE OF name ON "Contact"
FOR EACH ROW EXECUTE FUNCTION switchboard_contact_search_trigger();

-- An identity added, changed, moved (contact merge) or removed changes what
-- finds its contact(s).
CREATE OR REPLACE FUNCTION switchboard_identity_search_trigger() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE "Contact" c SET "searchVector" = switchboard_contact_search_vector(c.id, c.name)
  WHERE c.id IN (
    CASE WHEN TG_OP <> 'DELETE' THEN NEW."contactId" END,
    CASE WHEN TG_OP <> 'INSERT' THEN OLD."contactId" END
  );
  RETURN NULL;
END
$$;

CREATE TRIGGER "ContactIdentity_search"
AFTER INSERT OR UPDATE OF "contactId", handle, email, phone OR DELETE ON "ContactIdentity"
FOR EACH ROW EXECUTE FUNCTION switchboard_identity_search_trigger();

-- CreateIndex
CREATE INDEX "Contact_searchVector_idx" ON "Contact" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Message_searchVector_idx" ON "Message" USING GIN ("searchVector");
