CREATE TABLE `attempt` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `attempt_key_at_idx` ON `attempt` (`key`,`at`);--> statement-breakpoint
CREATE INDEX `attempt_at_idx` ON `attempt` (`at`);--> statement-breakpoint
CREATE TABLE `known_device` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`last_used_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `known_device_user_idx` ON `known_device` (`user_id`);