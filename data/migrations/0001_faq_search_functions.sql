-- Helpers for the FAQ search columns (data/schema/faq.ts). They are IMMUTABLE so generated columns
-- may call them: array_to_string is only STABLE in general, but over text[] its result never changes.

-- The text-search configuration of one of our languages (schema-qualified: independent of search_path).
CREATE OR REPLACE FUNCTION faq_ts_config(lang "language") RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE lang
    WHEN 'da' THEN 'pg_catalog.danish'::regconfig
    WHEN 'sv' THEN 'pg_catalog.swedish'::regconfig
    WHEN 'nl' THEN 'pg_catalog.dutch'::regconfig
    ELSE 'pg_catalog.english'::regconfig
  END
$$;
--> statement-breakpoint
-- Lower case without diacritics and hyphens, so "lösenord", "losenord" and "e-mail", "email" meet in trigram matching.
CREATE OR REPLACE FUNCTION faq_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT translate(lower(value), 'áàâäãåæçéèêëíìîïñóòôöõøœúùûüýÿß-', 'aaaaaaaceeeeiiiinooooooouuuuyys')
$$;
--> statement-breakpoint
-- What members' questions are matched against: the title and every phrasing.
CREATE OR REPLACE FUNCTION faq_phrase_document(title text, phrasings text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(title, '') || E'\n' || coalesce(array_to_string(phrasings, E'\n'), '')
$$;
--> statement-breakpoint
-- Fingerprint of an entry's content; the seed compares it with the hash of what it last wrote.
CREATE OR REPLACE FUNCTION faq_content_hash(title text, answer text, phrasings text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT md5(coalesce(title, '') || E'\n\n' || coalesce(answer, '') || E'\n\n' || coalesce(array_to_string(phrasings, E'\n'), ''))
$$;
