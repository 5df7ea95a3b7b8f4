CREATE TABLE `organisation_person` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`user_id` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `organisation_person_org_idx` ON `organisation_person` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `organisation_person_user_idx` ON `organisation_person` (`user_id`);--> statement-breakpoint
CREATE TABLE `organisation_profile` (
	`organisation_id` integer PRIMARY KEY NOT NULL,
	`business_id` text DEFAULT '' NOT NULL,
	`register_number` text DEFAULT '' NOT NULL,
	`iban` text DEFAULT '' NOT NULL,
	`language` text DEFAULT 'fi' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`verified_at` integer,
	`verified_by` integer,
	`verification_note` text DEFAULT '' NOT NULL,
	`updated_at` integer,
	`updated_by` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`verified_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `grant_application` ADD `acceptance` text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE `grant_application` ADD `acceptance_at` integer;--> statement-breakpoint
ALTER TABLE `grant_application` ADD `acceptance_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `grant_application` ADD `refusal_reason` text DEFAULT '' NOT NULL;