-- Search with bounded cost on large, multi-tenant tables (lib/search/search-messages.ts).
--
-- 1. Per-workspace terms. Every lexeme is stored and queried with a short
--    namespace of its workspace in front ("3f9a1c2e.refund"), so that the GIN
--    index keeps one posting list per workspace and word: finding a word that
--    is common in other workspaces but rare in this one reads only this
--    workspace's postings. (The queries still filter on workspaceId: the
--    namespace is for speed, not for tenancy.)
-- 2. Capped GIN lookups. "The newest matches" is either a walk down the
--    (workspaceId, createdAt) index (cheap for common words) or a GIN lookup
--    and a sort (cheap for rare ones); Postgres picks by its estimate, and a
--    wrong pick can read a whole workspace. So the app walks a bounded window
--    of the newest messages itself, and only below that window asks these
--    functions for at most max_hits matches through the GIN index (bitmap
--    scans only: the functions turn plain index and sequential scans off).

CREATE OR REPLACE FUNCTION switchboard_search_namespace(workspace_id text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT left(md5(workspace_id), 8) || '.' $$;

-- The document's tsvector with every term in namespace ns (see the search migration).
CREATE OR REPLACE FUNCTION switchboard_search_vector(input text, ns text) RETURNS tsvector
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
        parts := parts || ('''' || ns || substr(m[1], i, CASE WHEN i < len THEN 2 ELSE 1 END) || ''':' || least(pos, 16383));
      END LOOP;
    ELSE
      pos := pos + 1;
      parts := parts || ('''' || ns || left(m[2], 64) || ''':' || least(pos, 16383));
    END IF;
  END LOOP;
  RETURN array_to_string(parts, ' ')::tsvector;
END
$$;

-- The user's query in namespace ns (NULL when it has nothing searchable).
CREATE OR REPLACE FUNCTION switchboard_search_query(input text, ns text) RETURNS tsquery
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
        parts := parts || ('''' || ns || m[1] || ''':*');
      ELSE
        bigrams := '{}';
        FOR i IN 1..len - 1 LOOP
          bigrams := bigrams || ('''' || ns || substr(m[1], i, 2) || '''');
        END LOOP;
        parts := parts || ('(' || array_to_string(bigrams, ' <-> ') || ')');
      END IF;
    ELSE
      parts := parts || ('''' || ns || left(m[2], 64) || '''' || CASE WHEN length(m[2]) >= 3 THEN ':*' ELSE '' END);
    END IF;
  END LOOP;
  IF cardinality(parts) = 0 THEN
    RETURN NULL;
  END IF;
  q := '(' || array_to_string(parts, ' & ') || ')';
  IF input ~ '^[\s+0-9().\-/]+$' THEN
    digits := ltrim(regexp_replace(input, '\D', '', 'g'), '0');
    IF length(digits) >= 6 THEN
      q := q || ' | ''' || ns || digits || ''':*';
    END IF;
  END IF;
  RETURN q::tsquery;
END
$$;

CREATE OR REPLACE FUNCTION switchboard_contact_search_vector(contact_id text, contact_name text, ns text) RETURNS tsvector
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT switchboard_search_vector(concat_ws(' ', contact_name, (
           SELECT string_agg(concat_ws(' ', i.handle, i.email, i.phone), ' ' ORDER BY i."createdAt", i.id)
           FROM "ContactIdentity" i WHERE i."contactId" = contact_id)), ns)
         || coalesce((
           SELECT array_to_tsvector(array_agg(DISTINCT ns || substr(p.digits, k)))
           FROM (SELECT regexp_replace(i.phone, '\D', '', 'g') AS digits FROM "ContactIdentity" i
                 WHERE i."contactId" = contact_id AND i.phone IS NOT NULL) p,
                generate_series(1, length(p.digits) - 5) AS k), '')
$$;

-- The triggers now write namespaced vectors.
CREATE OR REPLACE FUNCTION switchboard_message_search_trigger() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  NEW."searchVector" := switchboard_search_vector(concat_ws(' ', NEW.subject, NEW.text), switchboard_search_namespace(NEW."workspaceId"));
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION switchboard_contact_search_trigger() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  NEW."searchVector" := switchboard_contact_search_vector(NEW.id, NEW.name, switchboard_search_namespace(NEW."workspaceId"));
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION switchboard_identity_search_trigger() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE "Contact" c SET "searchVector" = switchboard_contact_search_vector(c.id, c.name, switchboard_search_namespace(c."workspaceId"))
  WHERE c.id IN (
    CASE WHEN TG_OP <> 'DELETE' THEN NEW."contactId" END,
    CASE WHEN TG_OP <> 'INSERT' THEN OLD."contactId" END
  );
  RETURN NULL;
END
$$;

-- The un-namespaced versions are gone; nothing calls them any more.
DROP FUNCTION IF EXISTS switchboard_search_vector(text);
DROP FUNCTION IF EXISTS switchboard_search_query(text);
DROP FUNCTION IF EXISTS switchboard_contact_search_vector(text, text);

-- Rewrite the stored vectors in their namespaces.
UPDATE "Message" SET "searchVector" = switchboard_search_vector(concat_ws(' ', subject, text), switchboard_search_namespace("workspaceId"));
UPDATE "Contact" SET "searchVector" = switchboard_contact_search_vector(id, name, switchboard_search_namespace("workspaceId"));

-- At most max_hits matches older than before_at, through the GIN index only
-- (`IS TRUE` keeps the other conditions from pulling in a btree bitmap; the
-- namespace already keeps the postings to this workspace).
CREATE OR REPLACE FUNCTION switchboard_search_message_hits(workspace_id text, query tsquery, max_hits int, before_at timestamp(3))
RETURNS TABLE (id text, "conversationId" text, "createdAt" timestamp(3))
LANGUAGE sql STABLE
SET enable_seqscan = off SET enable_indexscan = off SET enable_indexonlyscan = off
AS $$
  SELECT m.id, m."conversationId", m."createdAt" FROM "Message" m
  WHERE m."searchVector" @@ query AND (m."workspaceId" = workspace_id) IS TRUE AND (m."createdAt" < before_at) IS TRUE
  LIMIT max_hits
$$;

CREATE OR REPLACE FUNCTION switchboard_search_contact_hits(workspace_id text, query tsquery, max_hits int)
RETURNS TABLE (id text, "lastSeenAt" timestamp(3))
LANGUAGE sql STABLE
SET enable_seqscan = off SET enable_indexscan = off SET enable_indexonlyscan = off
AS $$
  SELECT c.id, c."lastSeenAt" FROM "Contact" c
  WHERE c."searchVector" @@ query AND (c."workspaceId" = workspace_id) IS TRUE AND c."mergedIntoId" IS NULL
  LIMIT max_hits
$$;
