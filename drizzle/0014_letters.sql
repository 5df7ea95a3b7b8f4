CREATE TABLE `grant_call_document` (
	`call_id` integer NOT NULL,
	`kind` text NOT NULL,
	`version_id` integer NOT NULL,
	PRIMARY KEY(`call_id`, `kind`),
	FOREIGN KEY (`call_id`) REFERENCES `grant_call`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `grant_document_version`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `grant_completion_request` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`parts` text NOT NULL,
	`message` text NOT NULL,
	`due_at` integer NOT NULL,
	`requested_by` integer NOT NULL,
	`requested_at` integer NOT NULL,
	`completed_at` integer,
	`completed_by` integer,
	FOREIGN KEY (`application_id`) REFERENCES `grant_application`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requested_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`completed_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grant_completion_request_app_idx` ON `grant_completion_request` (`application_id`);--> statement-breakpoint
CREATE TABLE `grant_document_version` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` integer NOT NULL,
	`kind` text NOT NULL,
	`version` integer NOT NULL,
	`valid_from` text NOT NULL,
	`text_fi` text NOT NULL,
	`text_sv` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `region`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grant_document_version_number` ON `grant_document_version` (`region_id`,`kind`,`version`);