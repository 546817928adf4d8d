CREATE TABLE `trusted_certificates` (
	`sha256` text PRIMARY KEY NOT NULL,
	`subject` text NOT NULL,
	`der_base64` text NOT NULL,
	`valid_to` text NOT NULL,
	`source_file` text NOT NULL,
	`imported_at` text NOT NULL,
	`imported_by` text NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `documents` ADD `signature_check` text;