ALTER TABLE `associations` ADD `no_layoffs_declared_on` text;--> statement-breakpoint
ALTER TABLE `associations` ADD `safety_declared_on` text;--> statement-breakpoint
ALTER TABLE `associations` ADD `disability_quota_declared_on` text;--> statement-breakpoint
ALTER TABLE `associations` ADD `stamp_duty` text;--> statement-breakpoint
ALTER TABLE `associations` ADD `stamp_duty_exemption_basis` text;--> statement-breakpoint
ALTER TABLE `internships` ADD `portal_reference` text;--> statement-breakpoint
ALTER TABLE `internships` ADD `insurer` text DEFAULT 'promotore' NOT NULL;--> statement-breakpoint
ALTER TABLE `internships` ADD `worked_for_host` integer;--> statement-breakpoint
ALTER TABLE `internships` ADD `worked_for_host_declared_on` text;--> statement-breakpoint
ALTER TABLE `internships` ADD `host_other_promoter_interns` integer;