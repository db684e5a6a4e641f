-- faq_search_terms also holds each phrasing whole, folded ('text' rows), so the search compares the
-- question with phrasings without folding them again on every search.
CREATE OR REPLACE FUNCTION faq_search_terms_of(entry faq_entries) RETURNS TABLE (kind text, token text, "position" smallint)
LANGUAGE sql STABLE AS $$
  SELECT DISTINCT t.kind, t.token, t.pos::smallint
  FROM unnest(array_prepend(entry.title, entry.phrasings)) WITH ORDINALITY AS p(phrasing, n)
  CROSS JOIN LATERAL (
    SELECT 'phrase' AS kind, l AS token, p.n - 1 AS pos FROM unnest(tsvector_to_array(to_tsvector(faq_ts_config(entry.language), p.phrasing))) AS l
    UNION ALL
    SELECT 'word', w, p.n - 1 FROM unnest(faq_words(p.phrasing)) AS w WHERE length(w) >= 2
    UNION ALL
    SELECT 'text', left(faq_fold(p.phrasing), 200), p.n - 1
  ) AS t
  UNION
  SELECT 'answer', l, 0 FROM unnest(tsvector_to_array(entry.answer_tsv)) AS l
$$;
--> statement-breakpoint
INSERT INTO faq_search_terms (topic_id, language, kind, token, "position")
SELECT e.topic_id, e.language, t.kind, t.token, t."position" FROM faq_entries AS e, faq_search_terms_of(e) AS t
WHERE t.kind = 'text'
ON CONFLICT DO NOTHING;
