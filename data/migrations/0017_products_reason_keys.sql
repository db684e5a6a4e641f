-- The products journey's message keys are all `products.*` now (they were `product.*` and `products.*`).
-- A catalogue model that cannot be registered stores the key of its reason: rename the stored keys too.
UPDATE "catalogue_models" SET "not_registrable_reason_key" = 'products.' || substr("not_registrable_reason_key", 9) WHERE "not_registrable_reason_key" LIKE 'product.%';
