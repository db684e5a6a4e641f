-- Keeps faq_search_terms (data/schema/faq.ts) in step with faq_entries: after an entry is inserted
-- or its content changes, its stems and words are written again, so a change an editor makes in
-- the database is searchable at once. Deletes cascade through the foreign key.
-- Position 0 is the title, n is phrasings[n]; answer stems all have position 0.
CREATE OR REPLACE FUNCTION faq_search_terms_of(entry faq_entries) RETURNS TABLE (kind text, token text, "position" smallint)
LANGUAGE sql STABLE AS $$
  SELECT DISTINCT t.kind, t.token, t.pos::smallint
  FROM unnest(array_prepend(entry.title, entry.phrasings)) WITH ORDINALITY AS p(phrasing, n)
  CROSS JOIN LATERAL (
    SELECT 'phrase' AS kind, l AS token, p.n - 1 AS pos FROM unnest(tsvector_to_array(to_tsvector(faq_ts_config(entry.language), p.phrasing))) AS l
    UNION ALL
    SELECT 'word', w, p.n - 1 FROM unnest(faq_words(p.phrasing)) AS w WHERE length(w) >= 2
  ) AS t
  UNION
  SELECT 'answer', l, 0 FROM unnest(tsvector_to_array(entry.answer_tsv)) AS l
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION faq_refresh_search_terms() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM faq_search_terms WHERE topic_id = NEW.topic_id AND language = NEW.language;
  INSERT INTO faq_search_terms (topic_id, language, kind, token, "position")
  SELECT NEW.topic_id, NEW.language, t.kind, t.token, t."position" FROM faq_search_terms_of(NEW) AS t;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER faq_entries_search_terms
AFTER INSERT OR UPDATE OF topic_id, language, title, answer, phrasings ON faq_entries
FOR EACH ROW EXECUTE FUNCTION faq_refresh_search_terms();
--> statement-breakpoint
INSERT INTO faq_search_terms (topic_id, language, kind, token, "position")
SELECT e.topic_id, e.language, t.kind, t.token, t."position" FROM faq_entries AS e, faq_search_terms_of(e) AS t
ON CONFLICT DO NOTHING;
