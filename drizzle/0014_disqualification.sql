CREATE TABLE `disqualification` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`attendance_id` integer NOT NULL,
	`ground` text NOT NULL,
	`specification` text DEFAULT '' NOT NULL,
	`declared_at` integer NOT NULL,
	`recorded_by` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`attendance_id`) REFERENCES `attendance`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `disqualification_item_person` ON `disqualification` (`meeting_id`,`item_key`,`attendance_id`);--> statement-breakpoint
ALTER TABLE `grant_assessment` ADD `conflict_specification` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `grant_assessment` ADD `independence_confirmed_at` integer;--> statement-breakpoint
-- Conflicts declared before the grounds: the free text becomes the specification of ground 'other'.
UPDATE `grant_assessment` SET `conflict_specification` = `conflict_ground`, `conflict_ground` = 'other' WHERE `conflict_declared` = 1;
