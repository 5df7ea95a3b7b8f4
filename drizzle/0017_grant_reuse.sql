CREATE TABLE `grant_application_copy` (
	`application_id` integer PRIMARY KEY NOT NULL,
	`copied_from_id` integer NOT NULL,
	`copied_by` integer NOT NULL,
	`copied_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `grant_application`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`copied_from_id`) REFERENCES `grant_application`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`copied_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `grant_application_file_source` (
	`file_id` integer PRIMARY KEY NOT NULL,
	`delivered_with_id` integer,
	FOREIGN KEY (`file_id`) REFERENCES `grant_application_file`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`delivered_with_id`) REFERENCES `grant_application`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `grant_draft_reminder` (
	`application_id` integer NOT NULL,
	`days_before` integer NOT NULL,
	`sent_at` integer NOT NULL,
	PRIMARY KEY(`application_id`, `days_before`),
	FOREIGN KEY (`application_id`) REFERENCES `grant_application`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `organisation_statutes` (
	`organisation_id` integer PRIMARY KEY NOT NULL,
	`filename` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`uploaded_by` integer NOT NULL,
	`uploaded_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`uploaded_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
