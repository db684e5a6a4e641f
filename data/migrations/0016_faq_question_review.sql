ALTER TABLE "faq_feedback" ADD COLUMN "review" text;--> statement-breakpoint
ALTER TABLE "faq_feedback" ADD COLUMN "review_topic_id" text;--> statement-breakpoint
ALTER TABLE "faq_unanswered" ADD COLUMN "review" text;--> statement-breakpoint
ALTER TABLE "faq_unanswered" ADD COLUMN "review_topic_id" text;