-- Full-text search over agenda items, minutes and attachment names (SQLite FTS5).
-- remove_diacritics 0: ä, ö and å are letters of their own in Finnish and Swedish,
-- so "päihdetyö" matches only "päihdetyö", never "paihdetyo".
CREATE VIRTUAL TABLE `search_entry` USING fts5(
	`meeting_id` UNINDEXED,
	`item_key` UNINDEXED,
	`source` UNINDEXED,
	`title`,
	`body`,
	tokenize = 'unicode61 remove_diacritics 0'
);
