CREATE TABLE `grant_payment_approval` (
	`batch_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`approved_at` integer NOT NULL,
	PRIMARY KEY(`batch_id`, `user_id`),
	FOREIGN KEY (`batch_id`) REFERENCES `grant_payment_batch`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `grant_payment_batch` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` integer NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`approvals_needed` integer DEFAULT 1 NOT NULL,
	`checked_by` integer,
	`checked_at` integer,
	`exported_by` integer,
	`exported_at` integer,
	`paid_by` integer,
	`paid_at` integer,
	FOREIGN KEY (`region_id`) REFERENCES `region`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`checked_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`exported_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`paid_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grant_payment_batch_region_idx` ON `grant_payment_batch` (`region_id`);--> statement-breakpoint
CREATE TABLE `grant_payment_setting` (
	`region_id` integer PRIMARY KEY NOT NULL,
	`second_approval_above_cents` integer,
	FOREIGN KEY (`region_id`) REFERENCES `region`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `grant_call` ADD `payment_type` text DEFAULT 'scheduled' NOT NULL;--> statement-breakpoint
ALTER TABLE `grant_call` ADD `cost_centre` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `grant_call` ADD `account` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `grant_instalment` ADD `requested_at` integer;--> statement-breakpoint
ALTER TABLE `grant_instalment` ADD `requested_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `grant_instalment` ADD `batch_id` integer REFERENCES grant_payment_batch(id);--> statement-breakpoint
CREATE INDEX `grant_instalment_batch_idx` ON `grant_instalment` (`batch_id`);