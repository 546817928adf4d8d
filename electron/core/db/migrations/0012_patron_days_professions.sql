CREATE TABLE `patron_days` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`comune_code` text NOT NULL,
	`comune` text NOT NULL,
	`province` text,
	`rule` text,
	`saint` text,
	`source` text
);
--> statement-breakpoint
CREATE INDEX `patron_days_comune_idx` ON `patron_days` (`comune_code`);--> statement-breakpoint
CREATE INDEX `patron_days_hlc_idx` ON `patron_days` (`hlc`);--> statement-breakpoint
CREATE TABLE `professions` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`level` integer NOT NULL,
	`name_fold` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `association_sites` ADD `employees` integer;--> statement-breakpoint
ALTER TABLE `internships` ADD `profession_code` text;--> statement-breakpoint
ALTER TABLE `internships` ADD `profession_name` text;