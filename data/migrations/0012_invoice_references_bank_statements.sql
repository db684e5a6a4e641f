CREATE TYPE "public"."bank_entry_status" AS ENUM('matched', 'partial', 'overpaid', 'unmatched', 'assigned', 'ignored');--> statement-breakpoint
CREATE TABLE "bank_statement_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"statement_id" uuid NOT NULL,
	"duplicate_key" text NOT NULL,
	"account_iban" text,
	"direction" text NOT NULL,
	"booked" boolean NOT NULL,
	"amount_minor" integer NOT NULL,
	"currency" char(3) NOT NULL,
	"booking_date" date,
	"value_date" date,
	"structured_reference" text,
	"remittance_text" text DEFAULT '' NOT NULL,
	"payer_name" text,
	"payer_iban" text,
	"bank_reference" text,
	"status" "bank_entry_status" NOT NULL,
	"invoice_id" uuid,
	"matched_by" text,
	"reason" text,
	"assigned_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bank_statement_entries_duplicate_key_unique" UNIQUE("duplicate_key"),
	CONSTRAINT "bank_statement_entries_direction" CHECK ("bank_statement_entries"."direction" in ('credit', 'debit')),
	CONSTRAINT "bank_statement_entries_amount" CHECK ("bank_statement_entries"."amount_minor" >= 0),
	CONSTRAINT "bank_statement_entries_invoice_link" CHECK (("bank_statement_entries"."status" in ('unmatched', 'ignored')) = ("bank_statement_entries"."invoice_id" is null))
);
--> statement-breakpoint
CREATE TABLE "bank_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"format" text NOT NULL,
	"message_id" text NOT NULL,
	"sha256" text NOT NULL,
	"entry_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bank_statements_sha256_unique" UNIQUE("sha256")
);
--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "reference_scheme" text;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "seller_id" text;--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "vat_treatment" text;--> statement-breakpoint
ALTER TABLE "outbox_emails" ADD COLUMN "attachments" jsonb;--> statement-breakpoint
ALTER TABLE "bank_statement_entries" ADD CONSTRAINT "bank_statement_entries_statement_id_bank_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."bank_statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statement_entries" ADD CONSTRAINT "bank_statement_entries_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bank_statement_entries_statement_id_idx" ON "bank_statement_entries" USING btree ("statement_id");--> statement-breakpoint
CREATE INDEX "bank_statement_entries_invoice_id_idx" ON "bank_statement_entries" USING btree ("invoice_id");--> statement-breakpoint
CREATE INDEX "bank_statement_entries_status_idx" ON "bank_statement_entries" USING btree ("status");--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_reference_scheme" CHECK ("invoices"."reference_scheme" in ('ocr', 'fik71', 'betalingskenmerk', 'rf'));--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_vat_treatment" CHECK ("invoices"."vat_treatment" in ('domestic', 'reverse-charge', 'seller-country'));--> statement-breakpoint
UPDATE "invoices" SET "reference_scheme" = 'rf' WHERE "payment_reference" IS NOT NULL;
