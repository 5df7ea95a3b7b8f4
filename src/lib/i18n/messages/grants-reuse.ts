import { defineMessages } from '../define';

export default defineMessages({
	fi: {
		'grantReuse.statutes.heading': 'Säännöt',
		'grantReuse.statutes.intro':
			'Yhdistyksen voimassa olevat säännöt. Ne tarjotaan jokaiseen hakemukseen, joka pyytää sääntöjä, joten niitä ei tarvitse liittää uudelleen.',
		'grantReuse.statutes.none': 'Sääntöjä ei ole vielä tallennettu.',
		'grantReuse.statutes.current': 'Tallennettu {date}, tallensi {name}.',
		'grantReuse.statutes.file': 'Sääntötiedosto',
		'grantReuse.statutes.fileHint':
			'PDF, Word, OpenDocument tai kuva, enintään 20 Mt. Aiemmat säännöt säilyvät hakemuksissa, joihin ne on jo liitetty.',
		'grantReuse.statutes.upload': 'Tallenna säännöt',
		'grantReuse.statutes.replace': 'Korvaa säännöt uusilla',
		'grantReuse.statutes.saved': 'Säännöt tallennettiin.',
		'grantReuse.offers.heading': 'Jo toimitetut liitteet',
		'grantReuse.offers.intro':
			'Yhdistys on jo toimittanut nämä liitteet tänä vuonna. Voit liittää ne tähän hakemukseen lähettämättä niitä uudelleen.',
		'grantReuse.offers.use': 'Käytä jo toimitettua: {filename} ({origin})',
		'grantReuse.offers.done': 'Jo toimitettu liite liitettiin hakemukseen.',
		'grantReuse.deliveredWith': 'toimitettu hakemuksen ”{title}” mukana',
		'grantReuse.deliveredInProfile': 'toimitettu organisaation tiedoissa',
		'grantReuse.copy.heading': 'Aloita aiemmasta hakemuksesta',
		'grantReuse.copy.intro':
			'Hakemuksen voi aloittaa yhdistyksen aiemmasta hakemuksesta. Tekstit, toimintaluokka, kohderyhmät, kunnat ja talousarvion rivit kopioidaan. Haettavaa summaa, päätöksiä, arviointeja, viestejä ja liitteitä ei kopioida.',
		'grantReuse.copy.source': 'Hakemus, josta kopioidaan',
		'grantReuse.copy.option': '{title} (talousarviovuosi {year})',
		'grantReuse.copy.submit': 'Kopioi viime vuoden hakemus pohjaksi',
		'grantReuse.copy.exists':
			'Yhdistyksellä on jo hakemus tähän hakuun. Jatka sitä hakemusta, uutta ei voi kopioida.',
		'grantReuse.copy.from':
			'Tämä luonnos on kopioitu hakemuksesta ”{title}”. Tarkista tiedot, anna haettava summa ja liitä liitteet.',
		'notification.grant_draft_reminder':
			'Avustushakemus ({organisation}, ”{title}”) on vielä luonnos. Haku päättyy {closesDate} klo {closesTime}: lähetä hakemus ennen sitä.',
		'audit.action.organisation.statutesUploaded': 'Yhdistyksen säännöt tallennettiin',
		'audit.action.grantApplication.copied': 'Avustushakemus kopioitiin aiemmasta hakemuksesta'
	},
	sv: {
		'grantReuse.statutes.heading': 'Stadgar',
		'grantReuse.statutes.intro':
			'Föreningens gällande stadgar. De erbjuds till varje ansökan som ber om stadgar, så de behöver inte bifogas på nytt.',
		'grantReuse.statutes.none': 'Inga stadgar har sparats ännu.',
		'grantReuse.statutes.current': 'Sparade {date} av {name}.',
		'grantReuse.statutes.file': 'Fil med stadgarna',
		'grantReuse.statutes.fileHint':
			'PDF, Word, OpenDocument eller bild, högst 20 MB. Tidigare stadgar finns kvar i ansökningar som de redan bifogats till.',
		'grantReuse.statutes.upload': 'Spara stadgarna',
		'grantReuse.statutes.replace': 'Ersätt stadgarna med nya',
		'grantReuse.statutes.saved': 'Stadgarna sparades.',
		'grantReuse.offers.heading': 'Bilagor som redan lämnats',
		'grantReuse.offers.intro':
			'Föreningen har redan lämnat dessa bilagor i år. Du kan bifoga dem till den här ansökan utan att skicka dem på nytt.',
		'grantReuse.offers.use': 'Använd redan lämnad: {filename} ({origin})',
		'grantReuse.offers.done': 'En redan lämnad bilaga bifogades till ansökan.',
		'grantReuse.deliveredWith': 'lämnad med ansökan ”{title}”',
		'grantReuse.deliveredInProfile': 'lämnad i organisationens uppgifter',
		'grantReuse.copy.heading': 'Börja från en tidigare ansökan',
		'grantReuse.copy.intro':
			'Ansökan kan börja från föreningens tidigare ansökan. Texterna, verksamhetsklassen, målgrupperna, kommunerna och budgetens rader kopieras. Det sökta beloppet, besluten, bedömningarna, meddelandena och bilagorna kopieras inte.',
		'grantReuse.copy.source': 'Ansökan som kopieras',
		'grantReuse.copy.option': '{title} (budgetår {year})',
		'grantReuse.copy.submit': 'Kopiera förra årets ansökan som grund',
		'grantReuse.copy.exists':
			'Föreningen har redan en ansökan i den här ansökningsomgången. Fortsätt med den, en ny kan inte kopieras.',
		'grantReuse.copy.from':
			'Det här utkastet har kopierats från ansökan ”{title}”. Kontrollera uppgifterna, ange det sökta beloppet och bifoga bilagorna.',
		'notification.grant_draft_reminder':
			'Ansökan om understöd ({organisation}, ”{title}”) är fortfarande ett utkast. Ansökningstiden går ut {closesDate} kl. {closesTime}: skicka ansökan före det.',
		'audit.action.organisation.statutesUploaded': 'Föreningens stadgar sparades',
		'audit.action.grantApplication.copied':
			'Ansökan om understöd kopierades från en tidigare ansökan'
	},
	en: {
		'grantReuse.statutes.heading': 'Statutes',
		'grantReuse.statutes.intro':
			'The organisation’s current statutes. They are offered to every application that asks for statutes, so they need not be attached again.',
		'grantReuse.statutes.none': 'No statutes have been saved yet.',
		'grantReuse.statutes.current': 'Saved on {date} by {name}.',
		'grantReuse.statutes.file': 'Statutes file',
		'grantReuse.statutes.fileHint':
			'PDF, Word, OpenDocument or an image, at most 20 MB. Earlier statutes stay with the applications they were already attached to.',
		'grantReuse.statutes.upload': 'Save the statutes',
		'grantReuse.statutes.replace': 'Replace the statutes with new ones',
		'grantReuse.statutes.saved': 'The statutes were saved.',
		'grantReuse.offers.heading': 'Attachments already delivered',
		'grantReuse.offers.intro':
			'The organisation has already delivered these attachments this year. You can attach them to this application without sending them again.',
		'grantReuse.offers.use': 'Use the one already delivered: {filename} ({origin})',
		'grantReuse.offers.done': 'An attachment already delivered was attached to the application.',
		'grantReuse.deliveredWith': 'delivered with the application “{title}”',
		'grantReuse.deliveredInProfile': 'delivered in the organisation’s details',
		'grantReuse.copy.heading': 'Start from an earlier application',
		'grantReuse.copy.intro':
			'The application can start from an earlier application of the organisation. The texts, activity class, target groups, municipalities and budget lines are copied. The amount applied for, decisions, assessments, messages and attachments are not.',
		'grantReuse.copy.source': 'Application to copy',
		'grantReuse.copy.option': '{title} (budget year {year})',
		'grantReuse.copy.submit': 'Copy last year’s application as a draft',
		'grantReuse.copy.exists':
			'The organisation already has an application to this call. Continue that one; a new one cannot be copied.',
		'grantReuse.copy.from':
			'This draft was copied from the application “{title}”. Check the details, give the amount applied for and attach the attachments.',
		'notification.grant_draft_reminder':
			'The grant application ({organisation}, “{title}”) is still a draft. The call closes on {closesDate} at {closesTime}: submit the application before then.',
		'audit.action.organisation.statutesUploaded': 'The organisation’s statutes were saved',
		'audit.action.grantApplication.copied': 'A grant application was copied from an earlier one'
	}
});
