ALTER TABLE `grant_application` ADD `channel` text DEFAULT 'online' NOT NULL;--> statement-breakpoint
ALTER TABLE `grant_application` ADD `received_on` text;--> statement-breakpoint
ALTER TABLE `grant_application` ADD `entered_by` integer REFERENCES user(id);