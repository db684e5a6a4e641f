CREATE TABLE "faq_search_terms" (
	"topic_id" text NOT NULL,
	"language" "language" NOT NULL,
	"kind" text NOT NULL,
	"token" text NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "faq_search_terms_language_kind_token_topic_id_position_pk" PRIMARY KEY("language","kind","token","topic_id","position"),
	CONSTRAINT "faq_search_terms_kind_check" CHECK ("faq_search_terms"."kind" in ('phrase', 'answer', 'word'))
);
--> statement-breakpoint
DROP INDEX "faq_entries_phrase_tsv_idx";--> statement-breakpoint
DROP INDEX "faq_entries_phrase_text_trgm_idx";--> statement-breakpoint
ALTER TABLE "faq_entries" ADD COLUMN "negativity" real GENERATED ALWAYS AS (faq_negativity(title, phrasings)) STORED;--> statement-breakpoint
ALTER TABLE "faq_search_terms" ADD CONSTRAINT "faq_search_terms_topic_id_language_faq_entries_topic_id_language_fk" FOREIGN KEY ("topic_id","language") REFERENCES "public"."faq_entries"("topic_id","language") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
CREATE INDEX "faq_search_terms_token_trgm_idx" ON "faq_search_terms" USING gin ("token" gin_trgm_ops);