CREATE TABLE `attendance_months` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`internship_id` text NOT NULL,
	`month` text NOT NULL,
	`attended_centi_hours` integer,
	`daily` text,
	`closed_at` text,
	`closed_by` text,
	`closed_planned_centi_hours` integer,
	`closed_due_cents` integer,
	`closed_host_cents` integer,
	`closed_project_cents` integer,
	FOREIGN KEY (`internship_id`) REFERENCES `internships`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attendance_months_month_idx` ON `attendance_months` (`internship_id`,`month`);--> statement-breakpoint
CREATE TABLE `internship_events` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`internship_id` text NOT NULL,
	`at` text NOT NULL,
	`kind` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`note` text,
	`operator_id` text,
	`operator_name` text NOT NULL,
	FOREIGN KEY (`internship_id`) REFERENCES `internships`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `internship_events_internship_idx` ON `internship_events` (`internship_id`,`at`);--> statement-breakpoint
CREATE TABLE `internship_extensions` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`internship_id` text NOT NULL,
	`previous_end_date` text NOT NULL,
	`new_end_date` text NOT NULL,
	`notice_date` text,
	`notice_number` text,
	`reason` text,
	FOREIGN KEY (`internship_id`) REFERENCES `internships`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `internship_extensions_internship_idx` ON `internship_extensions` (`internship_id`);--> statement-breakpoint
CREATE TABLE `internship_suspensions` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`internship_id` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	`reason` text NOT NULL,
	`excluded` integer NOT NULL,
	`note` text,
	FOREIGN KEY (`internship_id`) REFERENCES `internships`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `internship_suspensions_internship_idx` ON `internship_suspensions` (`internship_id`,`from_date`);--> statement-breakpoint
CREATE TABLE `internship_waivers` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`internship_id` text NOT NULL,
	`rule_id` text NOT NULL,
	`reason` text NOT NULL,
	`granted_by_id` text,
	`granted_by` text NOT NULL,
	FOREIGN KEY (`internship_id`) REFERENCES `internships`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `internship_waivers_internship_idx` ON `internship_waivers` (`internship_id`,`rule_id`);--> statement-breakpoint
CREATE TABLE `internships` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`number` text NOT NULL,
	`number_year` integer NOT NULL,
	`number_seq` integer NOT NULL,
	`candidate_id` text NOT NULL,
	`association_id` text NOT NULL,
	`operating_site_id` text,
	`need_id` text,
	`match_id` text,
	`type` text NOT NULL,
	`target_category` text,
	`legal_basis` text NOT NULL,
	`rule_set_id` text NOT NULL,
	`promoter_tutor_id` text,
	`host_tutor_name` text,
	`host_tutor_tax_code` text,
	`host_tutor_role` text,
	`host_tutor_years` integer,
	`start_date` text,
	`planned_end_date` text,
	`actual_end_date` text,
	`weekly_schedule` text,
	`weekly_slots` text,
	`schedule_notes` text,
	`monthly_allowance_cents` integer,
	`funding` text,
	`inail_position` text,
	`liability_policy` text,
	`notice_date` text,
	`notice_number` text,
	`end_notice_date` text,
	`end_notice_number` text,
	`goals` text,
	`activities` text,
	`skills_to_acquire` text NOT NULL,
	`skills_acquired` text,
	`safety_training` text,
	`atlante_ref` text,
	`protocol_exception` integer NOT NULL,
	`host_employees` integer,
	`status` text NOT NULL,
	`status_changed_on` text NOT NULL,
	`outcome` text,
	`interrupted_by` text,
	`interruption_reason` text,
	`final_certificate_date` text,
	`notes` text,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`association_id`) REFERENCES `associations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`match_id`) REFERENCES `matches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `internships_number_idx` ON `internships` (`site_id`,`number_year`,`number_seq`);--> statement-breakpoint
CREATE INDEX `internships_status_idx` ON `internships` (`status`,`deleted_at`,`start_date`);--> statement-breakpoint
CREATE INDEX `internships_candidate_idx` ON `internships` (`candidate_id`,`status`);--> statement-breakpoint
CREATE INDEX `internships_association_idx` ON `internships` (`association_id`,`status`);--> statement-breakpoint
CREATE INDEX `internships_end_idx` ON `internships` (`deleted_at`,`planned_end_date`);--> statement-breakpoint
CREATE INDEX `internships_match_idx` ON `internships` (`match_id`);--> statement-breakpoint
CREATE INDEX `internships_need_idx` ON `internships` (`need_id`);--> statement-breakpoint
CREATE INDEX `internships_promoter_tutor_idx` ON `internships` (`promoter_tutor_id`,`status`);--> statement-breakpoint
CREATE INDEX `internships_host_tutor_idx` ON `internships` (`host_tutor_tax_code`,`status`);--> statement-breakpoint
CREATE TABLE `rule_sets` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`valid_from` text NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `rule_sets_valid_from_idx` ON `rule_sets` (`deleted_at`,`valid_from`);