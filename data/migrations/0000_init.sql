CREATE TYPE "public"."language" AS ENUM('en', 'da', 'sv', 'nl');--> statement-breakpoint
CREATE TYPE "public"."application_status" AS ENUM('draft', 'under-review', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."business_status" AS ENUM('active', 'suspended', 'closed');--> statement-breakpoint
CREATE TYPE "public"."document_type" AS ENUM('vat-certificate', 'company-invoice', 'business-licence', 'articles-of-association');--> statement-breakpoint
CREATE TYPE "public"."product_category" AS ENUM('camera-body', 'lens-rf', 'lens-ef', 'cinema', 'compact', 'printer', 'projector', 'accessory');--> statement-breakpoint
CREATE TYPE "public"."product_source" AS ENUM('chat', 'migration');--> statement-breakpoint
CREATE TYPE "public"."tier_kind" AS ENUM('individual', 'corporate');--> statement-breakpoint
CREATE TYPE "public"."invoice_status" AS ENUM('issued', 'paid', 'overdue');--> statement-breakpoint
CREATE TYPE "public"."membership_status" AS ENUM('pending', 'active', 'expired', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."payment_method" AS ENUM('card', 'bank-transfer');--> statement-breakpoint
CREATE TYPE "public"."payment_session_status" AS ENUM('open', 'completed', 'expired', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."payment_status" AS ENUM('pending', 'succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."message_sender" AS ENUM('member', 'agent', 'bot', 'system');--> statement-breakpoint
CREATE TYPE "public"."support_case_status" AS ENUM('queued', 'active', 'closed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."email_status" AS ENUM('pending', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."job_status" AS ENUM('pending', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TABLE "bot_state" (
	"key" text PRIMARY KEY NOT NULL,
	"data" jsonb NOT NULL,
	"etag" bigint DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "processed_activities" (
	"conversation_id" text NOT NULL,
	"activity_id" text NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reply_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "processed_activities_conversation_id_activity_id_pk" PRIMARY KEY("conversation_id","activity_id")
);
--> statement-breakpoint
CREATE TABLE "countries" (
	"code" char(2) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"currency" char(3) NOT NULL,
	"vat_rate_bp" integer NOT NULL,
	"time_zone" text NOT NULL,
	"support_opens_at" text DEFAULT '09:00' NOT NULL,
	"support_closes_at" text DEFAULT '17:00' NOT NULL,
	"support_weekdays" integer[] DEFAULT '{1,2,3,4,5}' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "countries_code_format" CHECK ("countries"."code" ~ '^[A-Z]{2}$'),
	CONSTRAINT "countries_vat_rate_range" CHECK ("countries"."vat_rate_bp" between 0 and 10000),
	CONSTRAINT "countries_support_hours_format" CHECK ("countries"."support_opens_at" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and "countries"."support_closes_at" ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$' and "countries"."support_opens_at" < "countries"."support_closes_at"),
	CONSTRAINT "countries_support_weekdays_range" CHECK ("countries"."support_weekdays" <@ '{1,2,3,4,5,6,7}'::integer[])
);
--> statement-breakpoint
CREATE TABLE "conversation_refs" (
	"member_id" uuid NOT NULL,
	"channel_id" text NOT NULL,
	"reference" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_refs_member_id_channel_id_pk" PRIMARY KEY("member_id","channel_id")
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel_id" text NOT NULL,
	"channel_user_id" text NOT NULL,
	"language" "language",
	"display_name" text,
	"business_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "members_channel_user_unique" UNIQUE("channel_id","channel_user_id")
);
--> statement-breakpoint
CREATE TABLE "application_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"document_type" "document_type" NOT NULL,
	"file_name" text,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_documents_application_sha256_unique" UNIQUE("application_id","sha256"),
	CONSTRAINT "application_documents_sha256_hex" CHECK ("application_documents"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "application_documents_byte_size" CHECK ("application_documents"."byte_size" = octet_length("application_documents"."content"))
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"member_id" uuid NOT NULL,
	"country_code" char(2),
	"company_name" text,
	"address" text,
	"vat_registered" boolean,
	"vat_number" text,
	"document_type" "document_type",
	"authorised" boolean DEFAULT false NOT NULL,
	"contact_email" text,
	"old_cps_email" text,
	"status" "application_status" DEFAULT 'draft' NOT NULL,
	"rejection_reason" text,
	"submitted_at" timestamp with time zone,
	"expected_decision_date" date,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	"business_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_reference_unique" UNIQUE("reference"),
	CONSTRAINT "applications_complete_when_submitted" CHECK ("applications"."status" = 'draft' or ("applications"."country_code" is not null and "applications"."company_name" is not null and "applications"."address" is not null and "applications"."vat_registered" is not null and "applications"."document_type" is not null and "applications"."authorised" and "applications"."contact_email" is not null and "applications"."submitted_at" is not null)),
	CONSTRAINT "applications_decided" CHECK ("applications"."status" not in ('approved', 'rejected') or "applications"."decided_at" is not null),
	CONSTRAINT "applications_approved_has_business" CHECK ("applications"."status" <> 'approved' or "applications"."business_id" is not null),
	CONSTRAINT "applications_old_cps_email_lower" CHECK ("applications"."old_cps_email" = lower("applications"."old_cps_email"))
);
--> statement-breakpoint
CREATE TABLE "businesses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_name" text NOT NULL,
	"address" text NOT NULL,
	"country_code" char(2) NOT NULL,
	"vat_registered" boolean NOT NULL,
	"vat_number" text,
	"contact_email" text NOT NULL,
	"old_cps_email" text,
	"status" "business_status" DEFAULT 'active' NOT NULL,
	"activation_email_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "businesses_old_cps_email_lower" CHECK ("businesses"."old_cps_email" = lower("businesses"."old_cps_email"))
);
--> statement-breakpoint
CREATE TABLE "catalogue_models" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"category" "product_category" NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"serial_pattern" text,
	"serial_example" text,
	"release_date" date,
	"registrable" boolean DEFAULT true NOT NULL,
	"not_registrable_reason_key" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalogue_models_id_slug" CHECK ("catalogue_models"."id" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "catalogue_models_points_nonnegative" CHECK ("catalogue_models"."points" >= 0),
	CONSTRAINT "catalogue_models_registrable_has_serial" CHECK (not "catalogue_models"."registrable" or ("catalogue_models"."serial_pattern" is not null and "catalogue_models"."serial_example" is not null)),
	CONSTRAINT "catalogue_models_not_registrable_has_reason" CHECK ("catalogue_models"."registrable" or "catalogue_models"."not_registrable_reason_key" is not null),
	CONSTRAINT "catalogue_models_example_matches" CHECK ("catalogue_models"."serial_example" ~ "catalogue_models"."serial_pattern")
);
--> statement-breakpoint
CREATE TABLE "dealers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"country_code" char(2) NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "dealers_country_name_unique" UNIQUE("country_code","name")
);
--> statement-breakpoint
CREATE TABLE "registered_products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"model_id" text NOT NULL,
	"serial_number" text,
	"purchase_date" date,
	"purchase_country" char(2),
	"dealer" text,
	"source" "product_source" DEFAULT 'chat' NOT NULL,
	"legacy_product_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registered_products_legacy_product_unique" UNIQUE("legacy_product_id"),
	CONSTRAINT "registered_products_model_serial_unique" UNIQUE("model_id","serial_number"),
	CONSTRAINT "registered_products_serial_normalised" CHECK ("registered_products"."serial_number" = upper("registered_products"."serial_number") and "registered_products"."serial_number" !~ '\s' and "registered_products"."serial_number" <> '')
);
--> statement-breakpoint
CREATE TABLE "serial_conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"model_id" text NOT NULL,
	"serial_number" text NOT NULL,
	"member_id" uuid NOT NULL,
	"business_id" uuid,
	"registered_product_id" uuid,
	"attempted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legacy_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"membership_number" text,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legacy_accounts_email_unique" UNIQUE("email"),
	CONSTRAINT "legacy_accounts_email_lower" CHECK ("legacy_accounts"."email" = lower("legacy_accounts"."email"))
);
--> statement-breakpoint
CREATE TABLE "legacy_products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"legacy_account_id" uuid NOT NULL,
	"model_id" text NOT NULL,
	"serial_number" text,
	"purchase_date" date,
	"purchase_country" char(2),
	"dealer" text,
	CONSTRAINT "legacy_products_serial_normalised" CHECK ("legacy_products"."serial_number" = upper("legacy_products"."serial_number") and "legacy_products"."serial_number" !~ '\s' and "legacy_products"."serial_number" <> '')
);
--> statement-breakpoint
CREATE TABLE "product_migrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"legacy_account_id" uuid NOT NULL,
	"product_count" integer NOT NULL,
	"migrated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_migrations_business_legacy_unique" UNIQUE("business_id","legacy_account_id")
);
--> statement-breakpoint
CREATE TABLE "tier_prices" (
	"tier_code" text NOT NULL,
	"currency" char(3) NOT NULL,
	"annual_fee_minor" integer NOT NULL,
	CONSTRAINT "tier_prices_tier_code_currency_pk" PRIMARY KEY("tier_code","currency"),
	CONSTRAINT "tier_prices_fee_nonnegative" CHECK ("tier_prices"."annual_fee_minor" >= 0)
);
--> statement-breakpoint
CREATE TABLE "tiers" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "tier_kind" NOT NULL,
	"min_points" integer NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "tiers_min_points_nonnegative" CHECK ("tiers"."min_points" >= 0)
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invoice_number" text NOT NULL,
	"membership_id" uuid NOT NULL,
	"currency" char(3) NOT NULL,
	"net_amount_minor" integer NOT NULL,
	"vat_rate_bp" integer NOT NULL,
	"vat_amount_minor" integer NOT NULL,
	"gross_amount_minor" integer NOT NULL,
	"issue_date" date NOT NULL,
	"due_date" date NOT NULL,
	"status" "invoice_status" DEFAULT 'issued' NOT NULL,
	"payment_reference" text,
	"sent_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoices_invoice_number_unique" UNIQUE("invoice_number"),
	CONSTRAINT "invoices_payment_reference_unique" UNIQUE("payment_reference"),
	CONSTRAINT "invoices_amounts" CHECK ("invoices"."net_amount_minor" >= 0 and "invoices"."vat_amount_minor" >= 0 and "invoices"."gross_amount_minor" = "invoices"."net_amount_minor" + "invoices"."vat_amount_minor"),
	CONSTRAINT "invoices_vat_rate_range" CHECK ("invoices"."vat_rate_bp" between 0 and 10000),
	CONSTRAINT "invoices_due_after_issue" CHECK ("invoices"."due_date" >= "invoices"."issue_date")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"tier_code" text NOT NULL,
	"membership_number" text NOT NULL,
	"previous_membership_number" text,
	"payment_method" "payment_method" NOT NULL,
	"status" "membership_status" DEFAULT 'active' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"valid_until" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_membership_number_unique" UNIQUE("membership_number")
);
--> statement-breakpoint
CREATE TABLE "payment_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"membership_id" uuid NOT NULL,
	"status" "payment_session_status" DEFAULT 'open' NOT NULL,
	"card_brand" text,
	"card_last4" text,
	"provider_reference" text,
	"expires_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_sessions_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "payment_sessions_card_last4" CHECK ("payment_sessions"."card_last4" ~ '^[0-9]{4}$')
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invoice_id" uuid NOT NULL,
	"method" "payment_method" NOT NULL,
	"currency" char(3) NOT NULL,
	"amount_minor" integer NOT NULL,
	"provider_reference" text,
	"status" "payment_status" DEFAULT 'pending' NOT NULL,
	"failure_reason" text,
	"charged_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_provider_reference_unique" UNIQUE("provider_reference"),
	CONSTRAINT "payments_amount_positive" CHECK ("payments"."amount_minor" > 0)
);
--> statement-breakpoint
CREATE TABLE "agent_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"agent_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agents_email_unique" UNIQUE("email"),
	CONSTRAINT "agents_email_lower" CHECK ("agents"."email" = lower("agents"."email"))
);
--> statement-breakpoint
CREATE TABLE "support_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"language" "language" NOT NULL,
	"reason" text,
	"status" "support_case_status" DEFAULT 'queued' NOT NULL,
	"agent_id" uuid,
	"snapshot" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"resolution" text,
	"csat_rating" integer,
	"last_member_activity_at" timestamp with time zone,
	"last_agent_activity_at" timestamp with time zone,
	CONSTRAINT "support_cases_csat_range" CHECK ("support_cases"."csat_rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "support_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"sender" "message_sender" NOT NULL,
	"agent_id" uuid,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"subject" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "faq_entries" (
	"topic_id" text NOT NULL,
	"language" "language" NOT NULL,
	"title" text NOT NULL,
	"answer" text NOT NULL,
	"phrasings" text[] DEFAULT '{}' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "faq_entries_topic_id_language_pk" PRIMARY KEY("topic_id","language")
);
--> statement-breakpoint
CREATE TABLE "faq_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"topic_id" text NOT NULL,
	"language" "language" NOT NULL,
	"member_id" uuid,
	"helpful" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "faq_unanswered" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question" text NOT NULL,
	"language" "language" NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"status" "job_status" DEFAULT 'pending' NOT NULL,
	"locked_by" text,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jobs_dedupe_key_unique" UNIQUE("dedupe_key"),
	CONSTRAINT "jobs_attempts" CHECK ("jobs"."attempts" >= 0 and "jobs"."max_attempts" >= 1)
);
--> statement-breakpoint
CREATE TABLE "outbox_emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" text NOT NULL,
	"from_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text,
	"language" "language" NOT NULL,
	"status" "email_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "outbox_emails_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
ALTER TABLE "conversation_refs" ADD CONSTRAINT "conversation_refs_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_documents" ADD CONSTRAINT "application_documents_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dealers" ADD CONSTRAINT "dealers_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registered_products" ADD CONSTRAINT "registered_products_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registered_products" ADD CONSTRAINT "registered_products_model_id_catalogue_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."catalogue_models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registered_products" ADD CONSTRAINT "registered_products_legacy_product_id_legacy_products_id_fk" FOREIGN KEY ("legacy_product_id") REFERENCES "public"."legacy_products"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serial_conflicts" ADD CONSTRAINT "serial_conflicts_model_id_catalogue_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."catalogue_models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serial_conflicts" ADD CONSTRAINT "serial_conflicts_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serial_conflicts" ADD CONSTRAINT "serial_conflicts_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serial_conflicts" ADD CONSTRAINT "serial_conflicts_registered_product_id_registered_products_id_fk" FOREIGN KEY ("registered_product_id") REFERENCES "public"."registered_products"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_products" ADD CONSTRAINT "legacy_products_legacy_account_id_legacy_accounts_id_fk" FOREIGN KEY ("legacy_account_id") REFERENCES "public"."legacy_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_products" ADD CONSTRAINT "legacy_products_model_id_catalogue_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."catalogue_models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_migrations" ADD CONSTRAINT "product_migrations_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_migrations" ADD CONSTRAINT "product_migrations_legacy_account_id_legacy_accounts_id_fk" FOREIGN KEY ("legacy_account_id") REFERENCES "public"."legacy_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_prices" ADD CONSTRAINT "tier_prices_tier_code_tiers_code_fk" FOREIGN KEY ("tier_code") REFERENCES "public"."tiers"("code") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_tier_code_tiers_code_fk" FOREIGN KEY ("tier_code") REFERENCES "public"."tiers"("code") ON DELETE no action ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "payment_sessions" ADD CONSTRAINT "payment_sessions_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_sessions" ADD CONSTRAINT "agent_sessions_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_cases" ADD CONSTRAINT "support_cases_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_cases" ADD CONSTRAINT "support_cases_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_messages" ADD CONSTRAINT "support_messages_case_id_support_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."support_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_messages" ADD CONSTRAINT "support_messages_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_feedback" ADD CONSTRAINT "faq_feedback_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "members_business_id_idx" ON "members" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "applications_status_submitted_at_idx" ON "applications" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "applications_member_id_idx" ON "applications" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_one_open_per_member" ON "applications" USING btree ("member_id") WHERE "applications"."status" in ('draft', 'under-review');--> statement-breakpoint
CREATE INDEX "businesses_old_cps_email_idx" ON "businesses" USING btree ("old_cps_email");--> statement-breakpoint
CREATE INDEX "registered_products_business_id_idx" ON "registered_products" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "serial_conflicts_model_serial_idx" ON "serial_conflicts" USING btree ("model_id","serial_number");--> statement-breakpoint
CREATE INDEX "legacy_products_legacy_account_id_idx" ON "legacy_products" USING btree ("legacy_account_id");--> statement-breakpoint
CREATE INDEX "invoices_membership_id_idx" ON "invoices" USING btree ("membership_id");--> statement-breakpoint
CREATE INDEX "invoices_status_due_date_idx" ON "invoices" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "memberships_business_id_idx" ON "memberships" USING btree ("business_id");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_one_active_per_business" ON "memberships" USING btree ("business_id") WHERE "memberships"."status" = 'active';--> statement-breakpoint
CREATE INDEX "payment_sessions_membership_id_idx" ON "payment_sessions" USING btree ("membership_id");--> statement-breakpoint
CREATE INDEX "payments_invoice_id_idx" ON "payments" USING btree ("invoice_id");--> statement-breakpoint
CREATE INDEX "agent_sessions_agent_id_idx" ON "agent_sessions" USING btree ("agent_id");--> statement-breakpoint
CREATE INDEX "agent_sessions_expires_at_idx" ON "agent_sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "support_cases_status_queued_at_idx" ON "support_cases" USING btree ("status","queued_at");--> statement-breakpoint
CREATE INDEX "support_cases_member_id_idx" ON "support_cases" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "support_cases_agent_id_idx" ON "support_cases" USING btree ("agent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "support_cases_one_open_per_member" ON "support_cases" USING btree ("member_id") WHERE "support_cases"."status" in ('queued', 'active');--> statement-breakpoint
CREATE INDEX "support_messages_case_id_created_at_idx" ON "support_messages" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "audit_log_subject_at_idx" ON "audit_log" USING btree ("subject","at");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "faq_feedback_topic_id_idx" ON "faq_feedback" USING btree ("topic_id","language");--> statement-breakpoint
CREATE INDEX "faq_unanswered_at_idx" ON "faq_unanswered" USING btree ("at");--> statement-breakpoint
CREATE INDEX "jobs_status_run_at_idx" ON "jobs" USING btree ("status","run_at");--> statement-breakpoint
CREATE INDEX "outbox_emails_status_created_at_idx" ON "outbox_emails" USING btree ("status","created_at");