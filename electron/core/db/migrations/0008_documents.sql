CREATE TABLE `document_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`kind` text NOT NULL,
	`version` integer NOT NULL,
	`file_name` text NOT NULL,
	`stored_path` text NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`placeholders` text NOT NULL,
	`note` text,
	`uploaded_by_id` text,
	`uploaded_by` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `document_templates_kind_idx` ON `document_templates` (`kind`,`version`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`internship_id` text NOT NULL,
	`candidate_id` text NOT NULL,
	`kind` text NOT NULL,
	`month` text,
	`version` integer NOT NULL,
	`template_id` text,
	`template_version` integer,
	`file_name` text NOT NULL,
	`stored_path` text NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`restricted` integer DEFAULT false NOT NULL,
	`terms_hash` text NOT NULL,
	`generated_by_id` text,
	`generated_by` text NOT NULL,
	`signed_file_name` text,
	`signed_stored_path` text,
	`signed_mime_type` text,
	`signed_sha256` text,
	`signed_size` integer,
	`signed_at` text,
	`signed_by` text,
	FOREIGN KEY (`internship_id`) REFERENCES `internships`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_version_idx` ON `documents` (`internship_id`,`kind`,coalesce(`month`, ''),`version`);--> statement-breakpoint
CREATE INDEX `documents_candidate_idx` ON `documents` (`candidate_id`);