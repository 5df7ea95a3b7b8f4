CREATE TABLE `grant_report_check` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`round` integer NOT NULL,
	`part` text NOT NULL,
	`outcome` text NOT NULL,
	`items` text DEFAULT '[]' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`checked_by` integer NOT NULL,
	`checked_at` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `grant_report`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`checked_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grant_report_check_part_idx` ON `grant_report_check` (`report_id`,`round`,`part`);--> statement-breakpoint
CREATE INDEX `grant_report_check_report_idx` ON `grant_report_check` (`report_id`);--> statement-breakpoint
ALTER TABLE `grant_report` ADD `round` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `grant_report` ADD `closer_check` text DEFAULT '[]' NOT NULL;