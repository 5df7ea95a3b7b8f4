-- The known regions' population (2023) and comparability, from src/lib/server/regions/regions.json
-- (the regional tour of 2023 and the situational picture 8/2025); regions it does not know keep theirs.
UPDATE `region` SET `population` = 98972, `comparable` = 1 WHERE `slug` = 'ita-uusimaa';
--> statement-breakpoint
UPDATE `region` SET `population` = 203192, `comparable` = 1 WHERE `slug` = 'keski-uusimaa';
--> statement-breakpoint
UPDATE `region` SET `population` = 486346, `comparable` = 1 WHERE `slug` = 'lansi-uusimaa';
--> statement-breakpoint
UPDATE `region` SET `population` = 280495, `comparable` = 1 WHERE `slug` = 'vantaa-kerava';
--> statement-breakpoint
UPDATE `region` SET `population` = 485567, `comparable` = 1 WHERE `slug` = 'varsinais-suomi';
--> statement-breakpoint
UPDATE `region` SET `population` = 212556, `comparable` = 1 WHERE `slug` = 'satakunta';
--> statement-breakpoint
UPDATE `region` SET `population` = 169537, `comparable` = 1 WHERE `slug` = 'kanta-hame';
--> statement-breakpoint
UPDATE `region` SET `population` = 532671, `comparable` = 1 WHERE `slug` = 'pirkanmaa';
--> statement-breakpoint
UPDATE `region` SET `population` = 204528, `comparable` = 1 WHERE `slug` = 'paijat-hame';
--> statement-breakpoint
UPDATE `region` SET `population` = 159488, `comparable` = 1 WHERE `slug` = 'kymenlaakso';
--> statement-breakpoint
UPDATE `region` SET `population` = 125353, `comparable` = 1 WHERE `slug` = 'etela-karjala';
--> statement-breakpoint
UPDATE `region` SET `population` = 130451, `comparable` = 1 WHERE `slug` = 'etela-savo';
--> statement-breakpoint
UPDATE `region` SET `population` = 247689, `comparable` = 1 WHERE `slug` = 'pohjois-savo';
--> statement-breakpoint
UPDATE `region` SET `population` = 162540, `comparable` = 1 WHERE `slug` = 'pohjois-karjala';
--> statement-breakpoint
UPDATE `region` SET `population` = 272437, `comparable` = 1 WHERE `slug` = 'keski-suomi';
--> statement-breakpoint
UPDATE `region` SET `population` = 190774, `comparable` = 1 WHERE `slug` = 'etela-pohjanmaa';
--> statement-breakpoint
UPDATE `region` SET `population` = 176323, `comparable` = 1 WHERE `slug` = 'pohjanmaa';
--> statement-breakpoint
UPDATE `region` SET `population` = 67805, `comparable` = 1 WHERE `slug` = 'keski-pohjanmaa';
--> statement-breakpoint
UPDATE `region` SET `population` = 416543, `comparable` = 1 WHERE `slug` = 'pohjois-pohjanmaa';
--> statement-breakpoint
UPDATE `region` SET `population` = 70521, `comparable` = 1 WHERE `slug` = 'kainuu';
--> statement-breakpoint
UPDATE `region` SET `population` = 175795, `comparable` = 1 WHERE `slug` = 'lappi';
--> statement-breakpoint
UPDATE `region` SET `population` = 664028, `comparable` = 0 WHERE `slug` = 'helsinki';