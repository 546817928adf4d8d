CREATE TABLE `candidate_attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`candidate_id` text NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`stored_name` text NOT NULL,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `candidate_attachments_candidate_idx` ON `candidate_attachments` (`candidate_id`);--> statement-breakpoint
CREATE TABLE `candidate_not_duplicates` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`first_id` text NOT NULL,
	`second_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `candidate_not_duplicates_pair_idx` ON `candidate_not_duplicates` (`first_id`,`second_id`);--> statement-breakpoint
CREATE TABLE `candidate_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`candidate_id` text NOT NULL,
	`date` text NOT NULL,
	`text` text NOT NULL,
	`author_id` text,
	`author_name` text NOT NULL,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `candidate_notes_candidate_idx` ON `candidate_notes` (`candidate_id`,`date`);--> statement-breakpoint
CREATE TABLE `candidate_skills` (
	`candidate_id` text NOT NULL,
	`skill` text NOT NULL,
	`skill_key` text NOT NULL,
	PRIMARY KEY(`candidate_id`, `skill_key`),
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `candidate_skills_key_idx` ON `candidate_skills` (`skill_key`);--> statement-breakpoint
CREATE TABLE `candidate_special` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`candidate_id` text NOT NULL,
	`disability_percent` integer,
	`health_notes` text,
	`social_services_care` integer NOT NULL,
	`social_services_notes` text,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `candidate_special_candidate_id_unique` ON `candidate_special` (`candidate_id`);--> statement-breakpoint
CREATE TABLE `candidates` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`name_sort` text NOT NULL,
	`tax_code` text NOT NULL,
	`birth_date` text NOT NULL,
	`sex` text,
	`birth_place_code` text,
	`birth_place` text,
	`citizenship` text,
	`permit_type` text,
	`permit_expiry` text,
	`res_address` text,
	`res_cap` text,
	`res_comune` text,
	`res_comune_sort` text,
	`res_province` text,
	`domicile_same` integer NOT NULL,
	`dom_address` text,
	`dom_cap` text,
	`dom_comune` text,
	`dom_province` text,
	`phone` text,
	`email` text,
	`employment_status` text,
	`did_date` text,
	`cpi` text,
	`benefits` text NOT NULL,
	`target_category` text,
	`education_level` text,
	`education_rank` integer,
	`education_title` text,
	`education_year` integer,
	`experiences` text NOT NULL,
	`skills` text NOT NULL,
	`languages` text NOT NULL,
	`driving_licences` text NOT NULL,
	`own_vehicle` integer NOT NULL,
	`hours_per_week` integer,
	`shifts` text NOT NULL,
	`availability_area` text,
	`available_from` text,
	`privacy_notice_date` text,
	`privacy_notice_version` text,
	`special_legal_basis` text,
	`consent_contact` integer NOT NULL,
	`consent_date` text,
	`status` text NOT NULL,
	`operator_id` text,
	`notes` text,
	`duplicate_key` text NOT NULL,
	`merged_into` text,
	`search_rowid` integer
);
--> statement-breakpoint
CREATE INDEX `candidates_name_idx` ON `candidates` (`deleted_at`,`name_sort`);--> statement-breakpoint
CREATE INDEX `candidates_updated_idx` ON `candidates` (`deleted_at`,`updated_at`);--> statement-breakpoint
CREATE INDEX `candidates_birth_idx` ON `candidates` (`deleted_at`,`birth_date`);--> statement-breakpoint
CREATE INDEX `candidates_comune_idx` ON `candidates` (`deleted_at`,`res_comune_sort`);--> statement-breakpoint
CREATE INDEX `candidates_status_idx` ON `candidates` (`status`,`deleted_at`,`name_sort`);--> statement-breakpoint
CREATE INDEX `candidates_province_idx` ON `candidates` (`res_province`,`deleted_at`,`name_sort`);--> statement-breakpoint
CREATE INDEX `candidates_operator_idx` ON `candidates` (`operator_id`,`deleted_at`,`name_sort`);--> statement-breakpoint
CREATE INDEX `candidates_category_idx` ON `candidates` (`target_category`,`deleted_at`,`name_sort`);--> statement-breakpoint
CREATE INDEX `candidates_filters_idx` ON `candidates` (`deleted_at`,`status`,`res_province`,`target_category`,`operator_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `candidates_search_rowid_idx` ON `candidates` (`search_rowid`);--> statement-breakpoint
CREATE INDEX `candidates_tax_code_idx` ON `candidates` (`tax_code`);--> statement-breakpoint
CREATE INDEX `candidates_duplicate_idx` ON `candidates` (`duplicate_key`,`birth_date`);--> statement-breakpoint
CREATE INDEX `candidates_merged_into_idx` ON `candidates` (`merged_into`);--> statement-breakpoint
CREATE TABLE `saved_filters` (
	`id` text PRIMARY KEY NOT NULL,
	`operator_id` text NOT NULL,
	`area` text NOT NULL,
	`name` text NOT NULL,
	`params` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `saved_filters_operator_idx` ON `saved_filters` (`operator_id`,`area`,`name`);