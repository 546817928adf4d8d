CREATE TABLE `association_sites` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`association_id` text NOT NULL,
	`label` text,
	`address` text NOT NULL,
	`cap` text,
	`comune` text NOT NULL,
	`province` text,
	FOREIGN KEY (`association_id`) REFERENCES `associations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `association_sites_association_idx` ON `association_sites` (`association_id`);--> statement-breakpoint
CREATE TABLE `associations` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`name_sort` text NOT NULL,
	`legal_form` text NOT NULL,
	`tax_code` text NOT NULL,
	`vat_number` text,
	`aics_affiliation` text,
	`committee` text,
	`registry_number` text,
	`address` text NOT NULL,
	`cap` text,
	`comune` text NOT NULL,
	`comune_sort` text NOT NULL,
	`province` text,
	`legal_rep_name` text,
	`legal_rep_tax_code` text,
	`legal_rep_role` text,
	`contact_name` text,
	`phone` text,
	`email` text,
	`pec` text,
	`employees` integer NOT NULL,
	`ccnl` text,
	`ateco_code` text,
	`sector` text,
	`notes` text,
	`search_rowid` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `associations_search_rowid_unique` ON `associations` (`search_rowid`);--> statement-breakpoint
CREATE INDEX `associations_name_idx` ON `associations` (`deleted_at`,`name_sort`);--> statement-breakpoint
CREATE INDEX `associations_comune_idx` ON `associations` (`deleted_at`,`comune_sort`);--> statement-breakpoint
CREATE INDEX `associations_updated_idx` ON `associations` (`deleted_at`,`updated_at`);--> statement-breakpoint
CREATE INDEX `associations_tax_code_idx` ON `associations` (`tax_code`);--> statement-breakpoint
CREATE INDEX `associations_committee_idx` ON `associations` (`committee`);--> statement-breakpoint
CREATE INDEX `associations_province_idx` ON `associations` (`province`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`site_id` text NOT NULL,
	`operator_id` text,
	`operator_name` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`changes` text NOT NULL,
	`hlc` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_hlc_idx` ON `audit_log` (`hlc`);--> statement-breakpoint
CREATE TABLE `operators` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`username` text NOT NULL,
	`full_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`last_login_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `operators_username_unique` ON `operators` (`username`);--> statement-breakpoint
CREATE INDEX `operators_role_idx` ON `operators` (`role`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sites` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`is_local` integer DEFAULT false NOT NULL,
	`name` text NOT NULL,
	`code` text NOT NULL,
	`kind` text NOT NULL,
	`promoter_name` text NOT NULL,
	`promoter_tax_code` text NOT NULL,
	`promoter_vat_number` text,
	`promoter_address` text,
	`promoter_cap` text,
	`promoter_comune` text,
	`promoter_province` text,
	`promoter_legal_rep_name` text,
	`promoter_legal_rep_role` text,
	`promoter_accreditation_ref` text,
	`promoter_email` text,
	`promoter_pec` text,
	`promoter_phone` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sites_code_unique` ON `sites` (`code`);