CREATE TABLE `need_events` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`need_id` text NOT NULL,
	`at` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`note` text,
	`operator_name` text NOT NULL,
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `need_events_need_idx` ON `need_events` (`need_id`,`at`);--> statement-breakpoint
CREATE TABLE `needs` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`association_id` text NOT NULL,
	`operating_site_id` text,
	`title` text NOT NULL,
	`title_sort` text NOT NULL,
	`tasks` text,
	`skills` text NOT NULL,
	`education_level` text,
	`licence` text,
	`vehicle_needed` integer NOT NULL,
	`hours_per_week` integer,
	`shifts` text NOT NULL,
	`schedule` text,
	`period_from` text,
	`period_to` text,
	`positions` integer NOT NULL,
	`offers` text NOT NULL,
	`categories` text NOT NULL,
	`host_tutor_available` integer NOT NULL,
	`received_on` text NOT NULL,
	`operator_id` text,
	`notes` text,
	`status` text NOT NULL,
	`status_changed_on` text NOT NULL,
	`search_rowid` integer,
	FOREIGN KEY (`association_id`) REFERENCES `associations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `needs_received_idx` ON `needs` (`deleted_at`,`received_on`);--> statement-breakpoint
CREATE INDEX `needs_status_idx` ON `needs` (`status`,`deleted_at`,`received_on`);--> statement-breakpoint
CREATE INDEX `needs_association_idx` ON `needs` (`association_id`,`deleted_at`);--> statement-breakpoint
CREATE INDEX `needs_operator_idx` ON `needs` (`operator_id`,`deleted_at`,`received_on`);--> statement-breakpoint
CREATE UNIQUE INDEX `needs_search_rowid_idx` ON `needs` (`search_rowid`);