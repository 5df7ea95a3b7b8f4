CREATE TABLE `notification` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`params` text DEFAULT '{}' NOT NULL,
	`link` text NOT NULL,
	`created_at` integer NOT NULL,
	`read_at` integer,
	`emailed_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notification_user_idx` ON `notification` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `notification_unread_idx` ON `notification` (`user_id`) WHERE "notification"."read_at" is null;--> statement-breakpoint
CREATE INDEX `notification_unsent_idx` ON `notification` (`created_at`) WHERE "notification"."emailed_at" is null and "notification"."read_at" is null;--> statement-breakpoint
CREATE TABLE `notification_preference` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`email` text DEFAULT 'daily' NOT NULL,
	`digest_sent_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `consultation_body` (
	`round_id` integer NOT NULL,
	`body_id` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `consultation_round`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`body_id`) REFERENCES `body`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `consultation_body_pair` ON `consultation_body` (`round_id`,`body_id`);--> statement-breakpoint
CREATE TABLE `consultation_comment` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`section_id` text NOT NULL,
	`quote` text DEFAULT '' NOT NULL,
	`parent_id` integer,
	`author_id` integer NOT NULL,
	`organisation_id` integer,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer,
	`hidden_at` integer,
	`hidden_by` integer,
	`hidden_reason` text,
	FOREIGN KEY (`round_id`) REFERENCES `consultation_round`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `consultation_comment`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`hidden_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consultation_comment_round_idx` ON `consultation_comment` (`round_id`);--> statement-breakpoint
CREATE TABLE `consultation_organisation` (
	`round_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `consultation_round`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `consultation_organisation_pair` ON `consultation_organisation` (`round_id`,`organisation_id`);--> statement-breakpoint
CREATE TABLE `consultation_response` (
	`comment_id` integer PRIMARY KEY NOT NULL,
	`outcome` text NOT NULL,
	`text` text NOT NULL,
	`responded_by` integer NOT NULL,
	`responded_at` integer NOT NULL,
	FOREIGN KEY (`comment_id`) REFERENCES `consultation_comment`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responded_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `consultation_round` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`title` text NOT NULL,
	`instructions` text DEFAULT '' NOT NULL,
	`audience_kind` text NOT NULL,
	`opens_at` integer NOT NULL,
	`closes_at` integer NOT NULL,
	`open_notice_sent_at` integer,
	`deadline_notice_sent_at` integer,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `document_version`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consultation_round_closes_idx` ON `consultation_round` (`closes_at`);--> statement-breakpoint
CREATE TABLE `document_version` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`number` integer NOT NULL,
	`sections` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `plan_document`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_version_number` ON `document_version` (`document_id`,`number`);--> statement-breakpoint
CREATE TABLE `plan_document` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `region`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
