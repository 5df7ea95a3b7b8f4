ALTER TABLE `survey_answer` ADD `reminded_at` integer;--> statement-breakpoint
ALTER TABLE `survey_value` ADD `origin` text;