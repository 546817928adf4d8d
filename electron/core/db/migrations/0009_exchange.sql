CREATE TABLE `exchange_duplicates` (
	`first_id` text NOT NULL,
	`second_id` text NOT NULL,
	`tax_code` text NOT NULL,
	`proposed_at` text NOT NULL,
	`status` text NOT NULL,
	`decided_at` text,
	`decided_by` text,
	`note` text,
	PRIMARY KEY(`first_id`, `second_id`)
);
--> statement-breakpoint
CREATE INDEX `exchange_duplicates_status_idx` ON `exchange_duplicates` (`status`);--> statement-breakpoint
CREATE TABLE `exchange_exports` (
	`id` text PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`operator_name` text NOT NULL,
	`kind` text NOT NULL,
	`full` integer NOT NULL,
	`hlc_from` text,
	`hlc_to` text,
	`counts` text NOT NULL,
	`files` integer NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `exchange_imports` (
	`export_id` text PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`operator_name` text NOT NULL,
	`source_site_id` text NOT NULL,
	`source_code` text NOT NULL,
	`source_name` text NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`exported_at` text NOT NULL,
	`counts` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `exchange_known` (
	`table_name` text NOT NULL,
	`record_id` text NOT NULL,
	`hlc` text NOT NULL,
	`seen` text,
	PRIMARY KEY(`table_name`, `record_id`)
);
--> statement-breakpoint
CREATE TABLE `exchange_pending` (
	`table_name` text NOT NULL,
	`record_id` text NOT NULL,
	`writer` text NOT NULL,
	`hlc` text NOT NULL,
	`seen` text,
	`row` text NOT NULL,
	`missing` text NOT NULL,
	`received_at` text NOT NULL,
	PRIMARY KEY(`table_name`, `record_id`, `writer`)
);
--> statement-breakpoint
CREATE TABLE `exchange_versions` (
	`table_name` text NOT NULL,
	`record_id` text NOT NULL,
	`writer` text NOT NULL,
	`hlc` text NOT NULL,
	`seen` text,
	`row` text NOT NULL,
	`received_at` text NOT NULL,
	`resolved_at` text,
	`resolved_by` text,
	`resolution` text,
	PRIMARY KEY(`table_name`, `record_id`, `writer`)
);
--> statement-breakpoint
CREATE INDEX `exchange_versions_open_idx` ON `exchange_versions` (`resolved_at`,`table_name`);--> statement-breakpoint
CREATE INDEX `association_sites_hlc_idx` ON `association_sites` (`hlc`);--> statement-breakpoint
CREATE INDEX `associations_hlc_idx` ON `associations` (`hlc`);--> statement-breakpoint
CREATE INDEX `associations_site_idx` ON `associations` (`site_id`,`deleted_at`,`name_sort`);--> statement-breakpoint
CREATE INDEX `candidate_attachments_hlc_idx` ON `candidate_attachments` (`hlc`);--> statement-breakpoint
CREATE INDEX `candidate_notes_hlc_idx` ON `candidate_notes` (`hlc`);--> statement-breakpoint
CREATE INDEX `candidates_hlc_idx` ON `candidates` (`hlc`);--> statement-breakpoint
CREATE INDEX `candidates_site_idx` ON `candidates` (`site_id`,`deleted_at`,`name_sort`);--> statement-breakpoint
CREATE INDEX `documents_hlc_idx` ON `documents` (`hlc`);--> statement-breakpoint
CREATE INDEX `attendance_months_hlc_idx` ON `attendance_months` (`hlc`);--> statement-breakpoint
CREATE INDEX `internship_events_hlc_idx` ON `internship_events` (`hlc`);--> statement-breakpoint
CREATE INDEX `internships_hlc_idx` ON `internships` (`hlc`);--> statement-breakpoint
CREATE INDEX `internships_site_idx` ON `internships` (`site_id`,`status`);--> statement-breakpoint
CREATE INDEX `match_events_hlc_idx` ON `match_events` (`hlc`);--> statement-breakpoint
CREATE INDEX `matches_hlc_idx` ON `matches` (`hlc`);--> statement-breakpoint
CREATE INDEX `need_events_hlc_idx` ON `need_events` (`hlc`);--> statement-breakpoint
CREATE INDEX `needs_hlc_idx` ON `needs` (`hlc`);--> statement-breakpoint
CREATE INDEX `needs_site_idx` ON `needs` (`site_id`,`deleted_at`,`received_on`);