CREATE TABLE `grant_hidden` (
	`application_id` integer PRIMARY KEY NOT NULL,
	`reason` text NOT NULL,
	`hidden_by` integer NOT NULL,
	`hidden_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `grant_application`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`hidden_by`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE no action
);
