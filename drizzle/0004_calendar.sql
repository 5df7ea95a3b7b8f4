CREATE TABLE `calendar_feed_token` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`token` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feed_token_token_unique` ON `calendar_feed_token` (`token`);--> statement-breakpoint
CREATE TABLE `item_forward` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_meeting_id` integer NOT NULL,
	`source_item_key` text NOT NULL,
	`title` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`target_body_id` integer NOT NULL,
	`target_meeting_id` integer,
	`status` text DEFAULT 'pending' NOT NULL,
	`target_item_key` text,
	`forwarded_by` integer NOT NULL,
	`forwarded_at` integer NOT NULL,
	`decided_by` integer,
	`decided_at` integer,
	`decision_note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`source_meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_body_id`) REFERENCES `body`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`target_meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`forwarded_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `item_forward_source_idx` ON `item_forward` (`source_meeting_id`);--> statement-breakpoint
CREATE INDEX `item_forward_target_idx` ON `item_forward` (`target_body_id`);--> statement-breakpoint
CREATE TABLE `milestone` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` integer NOT NULL,
	`year` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text,
	`level` text,
	`meeting_id` integer,
	`revision` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `region`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `milestone_region_year_idx` ON `milestone` (`region_id`,`year`);--> statement-breakpoint
ALTER TABLE `meeting` ADD `revision` integer DEFAULT 0 NOT NULL;