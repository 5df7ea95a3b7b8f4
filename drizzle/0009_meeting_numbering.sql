CREATE TABLE `meeting_numbering` (
	`body_id` integer NOT NULL,
	`year` integer NOT NULL,
	`next_sequence` integer NOT NULL,
	PRIMARY KEY(`body_id`, `year`),
	FOREIGN KEY (`body_id`) REFERENCES `body`(`id`) ON UPDATE no action ON DELETE cascade
);
