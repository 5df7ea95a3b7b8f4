CREATE TABLE `indicator` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` integer NOT NULL,
	`name` text NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`higher_is_better` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `region`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `indicator_value` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`year` integer NOT NULL,
	`value` real NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicator_value_indicator_org_year` ON `indicator_value` (`indicator_id`,`organisation_id`,`year`);--> statement-breakpoint
CREATE TABLE `measure` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` integer NOT NULL,
	`kind` text DEFAULT 'measure' NOT NULL,
	`parent_id` integer,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`body_id` integer NOT NULL,
	`source_meeting_id` integer NOT NULL,
	`source_item_key` text,
	`responsible_user_id` integer,
	`responsible_name` text DEFAULT '' NOT NULL,
	`budget_year` integer NOT NULL,
	`amount_euros` integer,
	`needs_next_year_budget` integer DEFAULT false NOT NULL,
	`due_date` text,
	`status` text DEFAULT 'not_started' NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `region`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `measure`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`body_id`) REFERENCES `body`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `measure_region_year_idx` ON `measure` (`region_id`,`budget_year`);--> statement-breakpoint
CREATE INDEX `measure_body_idx` ON `measure` (`body_id`);--> statement-breakpoint
CREATE INDEX `measure_meeting_idx` ON `measure` (`source_meeting_id`);--> statement-breakpoint
CREATE TABLE `measure_indicator` (
	`measure_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	PRIMARY KEY(`measure_id`, `indicator_id`),
	FOREIGN KEY (`measure_id`) REFERENCES `measure`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicator`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `measure_indicator_indicator_idx` ON `measure_indicator` (`indicator_id`);--> statement-breakpoint
CREATE TABLE `measure_owner` (
	`measure_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	PRIMARY KEY(`measure_id`, `organisation_id`),
	FOREIGN KEY (`measure_id`) REFERENCES `measure`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `measure_owner_org_idx` ON `measure_owner` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `measure_update` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`measure_id` integer NOT NULL,
	`status` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measure`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `measure_update_measure_idx` ON `measure_update` (`measure_id`,`created_at`);