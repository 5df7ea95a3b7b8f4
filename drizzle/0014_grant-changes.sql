CREATE TABLE `grant_change_request` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`kind` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`reasons` text NOT NULL,
	`requested_end_on` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`submitted_by` integer NOT NULL,
	`submitted_at` integer NOT NULL,
	`decision_reasons` text DEFAULT '' NOT NULL,
	`decided_end_on` text,
	`previous_end_on` text,
	`decided_by` integer,
	`decided_at` integer,
	FOREIGN KEY (`application_id`) REFERENCES `grant_application`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`submitted_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grant_change_request_app_idx` ON `grant_change_request` (`application_id`,`status`);--> statement-breakpoint
CREATE TABLE `grant_claim` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`kind` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`due_on` text NOT NULL,
	`reason` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`settled_by` integer,
	`settled_at` integer,
	FOREIGN KEY (`application_id`) REFERENCES `grant_application`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`settled_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grant_claim_app_idx` ON `grant_claim` (`application_id`);