CREATE TABLE `grant_activity_class` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` integer NOT NULL,
	`name` text NOT NULL,
	`municipality_classes` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `region`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grant_activity_class_region_idx` ON `grant_activity_class` (`region_id`);--> statement-breakpoint
CREATE TABLE `grant_application` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`call_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`activity` text DEFAULT '' NOT NULL,
	`activity_class_id` integer,
	`target_groups` text DEFAULT '' NOT NULL,
	`municipality_ids` text DEFAULT '[]' NOT NULL,
	`amount_requested_cents` integer,
	`budget` text DEFAULT '{"costs":[],"income":[],"ownFundingCents":0}' NOT NULL,
	`declaration_accepted` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`submitted_at` integer,
	`submitted_by` integer,
	`eligibility_checked_at` integer,
	`eligibility_note` text DEFAULT '' NOT NULL,
	`proposed_cents` integer,
	`proposal_reason` text DEFAULT '' NOT NULL,
	`decided_cents` integer,
	`amount_granted_cents` integer,
	`decision_reason` text DEFAULT '' NOT NULL,
	`decision_meeting_id` integer,
	`decided_at` integer,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`call_id`) REFERENCES `grant_call`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisation`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`activity_class_id`) REFERENCES `grant_activity_class`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decision_meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grant_application_call_idx` ON `grant_application` (`call_id`,`status`);--> statement-breakpoint
CREATE INDEX `grant_application_org_idx` ON `grant_application` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `grant_application_file` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`kind` text NOT NULL,
	`filename` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`uploaded_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `grant_application`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`uploaded_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grant_application_file_app_idx` ON `grant_application_file` (`application_id`);--> statement-breakpoint
CREATE TABLE `grant_appropriation` (
	`basket_id` integer NOT NULL,
	`year` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	PRIMARY KEY(`basket_id`, `year`),
	FOREIGN KEY (`basket_id`) REFERENCES `grant_basket`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `grant_assessment` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`assessor_id` integer NOT NULL,
	`scores` text DEFAULT '[]' NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`conflict_declared` integer DEFAULT false NOT NULL,
	`conflict_ground` text DEFAULT '' NOT NULL,
	`completed_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `grant_application`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assessor_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grant_assessment_app_assessor` ON `grant_assessment` (`application_id`,`assessor_id`);--> statement-breakpoint
CREATE TABLE `grant_basket` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` integer NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`self_financing_percent` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `region`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grant_basket_region_idx` ON `grant_basket` (`region_id`);--> statement-breakpoint
CREATE TABLE `grant_call` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`region_id` integer NOT NULL,
	`basket_id` integer NOT NULL,
	`budget_year` integer NOT NULL,
	`title` text NOT NULL,
	`instructions` text DEFAULT '' NOT NULL,
	`criteria` text DEFAULT '[]' NOT NULL,
	`conditions` text DEFAULT '' NOT NULL,
	`required_attachments` text DEFAULT '[]' NOT NULL,
	`payment_schedule` text DEFAULT '[]' NOT NULL,
	`report_due_on` text,
	`opens_at` integer NOT NULL,
	`closes_at` integer NOT NULL,
	`deciding_body_id` integer NOT NULL,
	`published_at` integer,
	`decision_meeting_id` integer,
	`decision_item_key` text,
	`decided_at` integer,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `region`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`basket_id`) REFERENCES `grant_basket`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deciding_body_id`) REFERENCES `body`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decision_meeting_id`) REFERENCES `meeting`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grant_call_region_year_idx` ON `grant_call` (`region_id`,`budget_year`);--> statement-breakpoint
CREATE INDEX `grant_call_meeting_idx` ON `grant_call` (`decision_meeting_id`);--> statement-breakpoint
CREATE TABLE `grant_call_class` (
	`call_id` integer NOT NULL,
	`class_id` integer NOT NULL,
	PRIMARY KEY(`call_id`, `class_id`),
	FOREIGN KEY (`call_id`) REFERENCES `grant_call`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`class_id`) REFERENCES `grant_activity_class`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `grant_call_staff` (
	`call_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`duty` text NOT NULL,
	PRIMARY KEY(`call_id`, `user_id`, `duty`),
	FOREIGN KEY (`call_id`) REFERENCES `grant_call`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `grant_instalment` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`due_on` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`paid_at` integer,
	`paid_by` integer,
	FOREIGN KEY (`application_id`) REFERENCES `grant_application`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`paid_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grant_instalment_app_idx` ON `grant_instalment` (`application_id`);--> statement-breakpoint
CREATE INDEX `grant_instalment_due_idx` ON `grant_instalment` (`due_on`);--> statement-breakpoint
CREATE TABLE `grant_message` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`text` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `grant_application`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grant_message_app_idx` ON `grant_message` (`application_id`);--> statement-breakpoint
CREATE TABLE `grant_report` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`kind` text NOT NULL,
	`due_on` text NOT NULL,
	`status` text DEFAULT 'due' NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`used_cents` integer,
	`submitted_at` integer,
	`submitted_by` integer,
	`handled_by` integer,
	`handled_at` integer,
	`handler_note` text DEFAULT '' NOT NULL,
	`reminded_at` integer,
	FOREIGN KEY (`application_id`) REFERENCES `grant_application`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`submitted_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`handled_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grant_report_app_idx` ON `grant_report` (`application_id`);--> statement-breakpoint
CREATE INDEX `grant_report_due_idx` ON `grant_report` (`status`,`due_on`);