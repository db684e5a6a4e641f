-- More negations (“I see the button nowhere”, “varken … eller”), as migration 0003 asks: the list
-- changes, so every entry's generated `negativity` is computed again (the trigger rewrites its
-- search terms as well; the content itself does not change).
CREATE OR REPLACE FUNCTION faq_negations() RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY[
    'no', 'not', 'never', 'without', 'nothing', 'none', 'nowhere', 'neither', 'nor', 'cannot', 'dont', 'doesnt',
    'didnt', 'cant', 'couldnt', 'isnt', 'arent', 'wasnt', 'werent', 'havent', 'hasnt', 'wont', 'wouldnt', 'shouldnt',
    'ikke', 'ingen', 'intet', 'uden', 'aldrig', 'ingensteds', 'hverken',
    'inte', 'ej', 'inget', 'inga', 'utan', 'ingenstans', 'varken',
    'niet', 'geen', 'zonder', 'nooit', 'niets', 'niks', 'nergens', 'noch'
  ]
$$;
--> statement-breakpoint
UPDATE faq_entries SET title = title;
