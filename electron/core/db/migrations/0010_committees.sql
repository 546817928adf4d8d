CREATE TABLE `committees` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`province` text,
	`notes` text
);
--> statement-breakpoint
CREATE INDEX `committees_hlc_idx` ON `committees` (`hlc`);