ALTER TABLE "faq_search_terms" DROP CONSTRAINT "faq_search_terms_kind_check";--> statement-breakpoint
DROP INDEX "faq_search_terms_token_trgm_idx";--> statement-breakpoint
ALTER TABLE "faq_search_terms" ADD CONSTRAINT "faq_search_terms_kind_check" CHECK ("faq_search_terms"."kind" in ('phrase', 'answer', 'word', 'text'));