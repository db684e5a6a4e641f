-- Negations in our languages, and English contractions as members type them without the
-- apostrophe. The text-search configurations drop most of them as stop words, yet “we have NO VAT
-- number” asks for another topic than “we have a VAT number”: the FAQ search gives a negated
-- question one more term that topics whose phrasings negate match (data/repositories/faq.ts).
-- Whoever changes this list in a later migration also runs `UPDATE faq_entries SET title = title`
-- there, so the generated `negativity` column is computed again.
CREATE OR REPLACE FUNCTION faq_negations() RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY[
    'no', 'not', 'never', 'without', 'nothing', 'cannot', 'dont', 'doesnt', 'didnt', 'cant', 'couldnt', 'isnt',
    'arent', 'wasnt', 'havent', 'hasnt', 'wont',
    'ikke', 'ingen', 'intet', 'uden', 'aldrig',
    'inte', 'inget', 'inga', 'utan',
    'niet', 'geen', 'zonder', 'nooit', 'niets'
  ]
$$;
--> statement-breakpoint
-- The words of a text as the search sees them: folded (faq_fold), apostrophes inside words dropped.
CREATE OR REPLACE FUNCTION faq_words(value text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT array_remove(regexp_split_to_array(translate(faq_fold(value), '''’', ''), '[^[:alnum:]]+'), '')
$$;
--> statement-breakpoint
-- The share of an entry's title and phrasings that contain a negation (“I do not see the button”).
CREATE OR REPLACE FUNCTION faq_negativity(title text, phrasings text[]) RETURNS real
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(avg(CASE WHEN faq_words(p) && faq_negations() THEN 1 ELSE 0 END), 0)::real
  FROM unnest(array_prepend(title, phrasings)) AS p
$$;
