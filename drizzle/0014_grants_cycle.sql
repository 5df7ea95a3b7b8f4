CREATE TABLE `grant_hidden` (
	`application_id` integer PRIMARY KEY NOT NULL,
	`reason` text NOT NULL,
	`hidden_by` integer NOT NULL,
	`hidden_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `grant_application`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`hidden_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
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
CREATE INDEX `grant_claim_app_idx` ON `grant_claim` (`application_id`);--> statement-breakpoint
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
CREATE TABLE `grant_report_check` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`round` integer NOT NULL,
	`part` text NOT NULL,
	`outcome` text NOT NULL,
	`items` text DEFAULT '[]' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`checked_by` integer NOT NULL,
	`checked_at` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `grant_report`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`checked_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grant_report_check_part_idx` ON `grant_report_check` (`report_id`,`round`,`part`);--> statement-breakpoint
CREATE INDEX `grant_report_check_report_idx` ON `grant_report_check` (`report_id`);--> statement-breakpoint
CREATE TABLE `organisation_representative` (
	`organisation_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`named_by` integer NOT NULL,
	`named_at` integer NOT NULL,
	PRIMARY KEY(`organisation_id`, `user_id`),
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`named_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `organisation_representative_user_idx` ON `organisation_representative` (`user_id`);--> statement-breakpoint
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
CREATE UNIQUE INDEX `grant_document_version_number` ON `grant_document_version` (`region_id`,`kind`,`version`);--> statement-breakpoint
CREATE TABLE `disqualification` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`attendance_id` integer NOT NULL,
	`ground` text NOT NULL,
	`specification` text DEFAULT '' NOT NULL,
	`declared_at` integer NOT NULL,
	`recorded_by` integer NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`attendance_id`) REFERENCES `attendance`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `disqualification_item_person` ON `disqualification` (`meeting_id`,`item_key`,`attendance_id`);--> statement-breakpoint
ALTER TABLE `grant_assessment` ADD `conflict_specification` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `grant_assessment` ADD `independence_confirmed_at` integer;--> statement-breakpoint
ALTER TABLE `grant_call` ADD `payment_type` text DEFAULT 'scheduled' NOT NULL;--> statement-breakpoint
ALTER TABLE `grant_call` ADD `cost_centre` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `grant_call` ADD `account` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `grant_instalment` ADD `requested_at` integer;--> statement-breakpoint
ALTER TABLE `grant_instalment` ADD `requested_by` integer REFERENCES user(id);--> statement-breakpoint
ALTER TABLE `grant_instalment` ADD `batch_id` integer REFERENCES grant_payment_batch(id);--> statement-breakpoint
CREATE INDEX `grant_instalment_batch_idx` ON `grant_instalment` (`batch_id`);--> statement-breakpoint
ALTER TABLE `grant_report` ADD `round` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `grant_report` ADD `closer_check` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
-- Conflicts declared before the grounds: the free text becomes the specification of ground 'other'.
UPDATE `grant_assessment` SET `conflict_specification` = `conflict_ground`, `conflict_ground` = 'other' WHERE `conflict_declared` = 1;
