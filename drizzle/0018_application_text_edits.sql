CREATE TABLE `grant_application_text_edit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`field` text NOT NULL,
	`user_id` integer NOT NULL,
	`started_at` integer NOT NULL,
	`changed_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `grant_application`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grant_application_text_edit_idx` ON `grant_application_text_edit` (`application_id`,`field`,`id`);