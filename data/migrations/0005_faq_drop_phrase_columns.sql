ALTER TABLE "faq_entries" DROP COLUMN "phrase_tsv";--> statement-breakpoint
ALTER TABLE "faq_entries" DROP COLUMN "phrase_text";