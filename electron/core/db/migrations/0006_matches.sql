CREATE TABLE `candidate_changes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`candidate_id` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `match_events` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`match_id` text NOT NULL,
	`at` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`interview_at` text,
	`note` text,
	`operator_name` text NOT NULL,
	FOREIGN KEY (`match_id`) REFERENCES `matches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `match_events_match_idx` ON `match_events` (`match_id`,`at`);--> statement-breakpoint
CREATE TABLE `matches` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL,
	`hlc` text NOT NULL,
	`deleted_at` text,
	`need_id` text NOT NULL,
	`candidate_id` text NOT NULL,
	`status` text NOT NULL,
	`score` integer NOT NULL,
	`reasons` text NOT NULL,
	`proposed_on` text NOT NULL,
	`interview_at` text,
	`interview_place` text,
	`decided_on` text,
	`notes` text,
	`operator_name` text NOT NULL,
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `matches_live_pair_idx` ON `matches` (`need_id`,`candidate_id`) WHERE deleted_at IS NULL AND status IN ('proposto', 'colloquio_fissato', 'accettato');--> statement-breakpoint
CREATE INDEX `matches_candidate_idx` ON `matches` (`candidate_id`,`status`);--> statement-breakpoint
CREATE INDEX `matches_need_status_idx` ON `matches` (`need_id`,`status`);--> statement-breakpoint
CREATE TABLE `need_changes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`need_id` text NOT NULL
);
--> statement-breakpoint
CREATE TRIGGER `candidates_changed_insert` AFTER INSERT ON `candidates` BEGIN INSERT INTO `candidate_changes` (`candidate_id`) VALUES (new.`id`); END;
--> statement-breakpoint
CREATE TRIGGER `candidates_changed_update` AFTER UPDATE ON `candidates` BEGIN INSERT INTO `candidate_changes` (`candidate_id`) VALUES (new.`id`); END;
--> statement-breakpoint
CREATE TRIGGER `candidates_changed_delete` AFTER DELETE ON `candidates` BEGIN INSERT INTO `candidate_changes` (`candidate_id`) VALUES (old.`id`); END;
--> statement-breakpoint
CREATE TRIGGER `needs_changed_insert` AFTER INSERT ON `needs` BEGIN INSERT INTO `need_changes` (`need_id`) VALUES (new.`id`); END;
--> statement-breakpoint
CREATE TRIGGER `needs_changed_update` AFTER UPDATE ON `needs` BEGIN INSERT INTO `need_changes` (`need_id`) VALUES (new.`id`); END;
--> statement-breakpoint
CREATE TRIGGER `needs_changed_delete` AFTER DELETE ON `needs` BEGIN INSERT INTO `need_changes` (`need_id`) VALUES (old.`id`); END;
--> statement-breakpoint
CREATE TRIGGER `associations_changed_needs` AFTER UPDATE ON `associations` BEGIN INSERT INTO `need_changes` (`need_id`) SELECT `id` FROM `needs` WHERE `association_id` = new.`id`; END;
--> statement-breakpoint
CREATE TRIGGER `association_sites_changed_needs_update` AFTER UPDATE ON `association_sites` BEGIN INSERT INTO `need_changes` (`need_id`) SELECT `id` FROM `needs` WHERE `operating_site_id` = new.`id`; END;
--> statement-breakpoint
CREATE TRIGGER `association_sites_changed_needs_delete` AFTER DELETE ON `association_sites` BEGIN INSERT INTO `need_changes` (`need_id`) SELECT `id` FROM `needs` WHERE `operating_site_id` = old.`id`; END;
