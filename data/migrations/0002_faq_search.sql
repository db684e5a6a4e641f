ALTER TABLE "faq_entries" ADD COLUMN "phrase_tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector(faq_ts_config(language), faq_phrase_document(title, phrasings))) STORED;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "answer_tsv" "tsvector" GENERATED ALWAYS AS (to_tsvector(faq_ts_config(language), answer)) STORED;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "phrase_text" text GENERATED ALWAYS AS (faq_fold(faq_phrase_document(title, phrasings))) STORED;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "content_hash" text GENERATED ALWAYS AS (faq_content_hash(title, answer, phrasings)) STORED;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "seed_hash" text;--> statement-breakpoint
ALTER TABLE "faq_feedback" ADD COLUMN "question" text;--> statement-breakpoint
CREATE INDEX "faq_entries_phrase_tsv_idx" ON "faq_entries" USING gin ("phrase_tsv");--> statement-breakpoint
CREATE INDEX "faq_entries_phrase_text_trgm_idx" ON "faq_entries" USING gin ("phrase_text" gin_trgm_ops);