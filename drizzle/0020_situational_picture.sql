CREATE TABLE `situation_survey` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`deadline` text,
	`published_at` integer,
	`published_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`published_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `situation_survey_year_unique` ON `situation_survey` (`year`);--> statement-breakpoint
CREATE TABLE `survey_answer` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`region_id` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`respondent_id` integer,
	`respondent_role` text,
	`submitted_at` integer,
	`submitted_by` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `situation_survey`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`region_id`) REFERENCES `region`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`respondent_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`submitted_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_answer_region_idx` ON `survey_answer` (`survey_id`,`region_id`);--> statement-breakpoint
CREATE TABLE `survey_correction` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`answer_id` integer NOT NULL,
	`question_key` text NOT NULL,
	`previous_value` text,
	`value` text,
	`reason` text NOT NULL,
	`corrected_by` integer NOT NULL,
	`corrected_at` integer NOT NULL,
	FOREIGN KEY (`answer_id`) REFERENCES `survey_answer`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`corrected_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `survey_correction_answer_idx` ON `survey_correction` (`answer_id`);--> statement-breakpoint
CREATE TABLE `survey_question` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`section_id` integer NOT NULL,
	`position` integer NOT NULL,
	`key` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`help` text DEFAULT '' NOT NULL,
	`options` text DEFAULT '[]' NOT NULL,
	`source` text,
	FOREIGN KEY (`survey_id`) REFERENCES `situation_survey`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`section_id`) REFERENCES `survey_section`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_question_key_idx` ON `survey_question` (`survey_id`,`key`);--> statement-breakpoint
CREATE TABLE `survey_section` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `situation_survey`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `survey_section_survey_idx` ON `survey_section` (`survey_id`,`position`);--> statement-breakpoint
CREATE TABLE `survey_value` (
	`answer_id` integer NOT NULL,
	`question_key` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`answer_id`, `question_key`),
	FOREIGN KEY (`answer_id`) REFERENCES `survey_answer`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `region` ADD `population` integer;--> statement-breakpoint
ALTER TABLE `region` ADD `comparable` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `user` ADD `national_role` integer DEFAULT false NOT NULL;