CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"locale" "language",
	"country" char(2),
	CONSTRAINT "events_kind_subject_unique" UNIQUE("kind","subject"),
	CONSTRAINT "events_kind_known" CHECK (kind in ('started', 'applied', 'approved', 'first-product', 'points-500', 'invited', 'joined', 'paid'))
);
--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "role" text DEFAULT 'agent' NOT NULL;--> statement-breakpoint
CREATE INDEX "events_kind_at_idx" ON "events" USING btree ("kind","at");--> statement-breakpoint
ALTER TABLE "agents" ADD CONSTRAINT "agents_role_known" CHECK ("agents"."role" in ('agent', 'reviewer', 'finance', 'admin'));