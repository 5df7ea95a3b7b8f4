import { defineMessages } from '../define';

export default defineMessages({
	fi: {
		'attachment.title': 'Liitteet',
		'attachment.label': 'Liite {number}',
		'attachment.notPublic': 'Ei julkinen',
		'attachment.add': 'Lisää liite',
		'attachment.file': 'Tiedosto',
		'attachment.hint':
			'PDF, Word, Excel, PowerPoint, OpenDocument tai kuva (PNG, JPEG, GIF, WebP), enintään 20 Mt.',
		'attachment.public': 'Julkinen liite',
		'attachment.upload': 'Tallenna liite',
		'attachment.remove': 'Poista',
		'attachment.removeLabel': 'Poista liite {number} {filename}',
		'attachment.missing': 'Valitse lisättävä tiedosto.',
		'attachment.tooLarge': 'Tiedosto on liian suuri. Liite voi olla enintään 20 Mt.',
		'attachment.type':
			'Tätä tiedostotyyppiä ei voi lisätä. Lisää PDF-, Word-, Excel-, PowerPoint- tai OpenDocument-tiedosto tai kuva (PNG, JPEG, GIF, WebP).',
		'attachment.locked': 'Liitteitä voi lisätä ja poistaa vain ennen kokousta ja kokouksen aikana.'
	},
	sv: {
		'attachment.title': 'Bilagor',
		'attachment.label': 'Bilaga {number}',
		'attachment.notPublic': 'Inte offentlig',
		'attachment.add': 'Lägg till bilaga',
		'attachment.file': 'Fil',
		'attachment.hint':
			'PDF, Word, Excel, PowerPoint, OpenDocument eller bild (PNG, JPEG, GIF, WebP), högst 20 MB.',
		'attachment.public': 'Offentlig bilaga',
		'attachment.upload': 'Spara bilaga',
		'attachment.remove': 'Ta bort',
		'attachment.removeLabel': 'Ta bort bilaga {number} {filename}',
		'attachment.missing': 'Välj en fil att lägga till.',
		'attachment.tooLarge': 'Filen är för stor. En bilaga får vara högst 20 MB.',
		'attachment.type':
			'Den här filtypen kan inte läggas till. Lägg till en PDF-, Word-, Excel-, PowerPoint- eller OpenDocument-fil eller en bild (PNG, JPEG, GIF, WebP).',
		'attachment.locked': 'Bilagor kan läggas till och tas bort endast före och under mötet.'
	},
	en: {
		'attachment.title': 'Attachments',
		'attachment.label': 'Attachment {number}',
		'attachment.notPublic': 'Not public',
		'attachment.add': 'Add an attachment',
		'attachment.file': 'File',
		'attachment.hint':
			'PDF, Word, Excel, PowerPoint, OpenDocument or an image (PNG, JPEG, GIF, WebP), at most 20 MB.',
		'attachment.public': 'Public attachment',
		'attachment.upload': 'Save attachment',
		'attachment.remove': 'Remove',
		'attachment.removeLabel': 'Remove attachment {number} {filename}',
		'attachment.missing': 'Choose a file to add.',
		'attachment.tooLarge': 'The file is too large. An attachment may be at most 20 MB.',
		'attachment.type':
			'This type of file cannot be added. Add a PDF, Word, Excel, PowerPoint or OpenDocument file or an image (PNG, JPEG, GIF, WebP).',
		'attachment.locked': 'Attachments can be added and removed only before and during the meeting.'
	}
});
