import { defineMessages } from '../define';

export default defineMessages({
	fi: {
		'notification.consultation_opened':
			'Uusi lausuntokierros: ”{title}”. Kommentoi viimeistään {closesDate} klo {closesTime}.',
		'notification.consultation_deadline':
			'Lausuntokierros ”{title}” päättyy {closesDate} klo {closesTime}.',
		'notification.comment_answered': 'Kommenttiisi on vastattu lausuntokierroksella ”{title}”.',
		'notification.item_forwarded':
			'Asia ”{item}” on lähetetty toimielimeltä {fromBody} toimielimelle {toBody}.',
		'notification.minutes_awaiting_approval': 'Muistio odottaa hyväksyntääsi: {body} {number}.',
		'notification.measure_updated':
			'Toimenpiteen ”{title}” tila on nyt: {status, select, not_started {ei aloitettu} in_progress {käynnissä} done {valmis} dropped {luovuttu} other {{status}}}.',
		'notification.item_requested':
			'Organisaatioltanne ({organisation}) pyydetään asiaan ”{item}”: {body} {number}.',
		'notification.grant_call_opened':
			'Uusi avustushaku: ”{title}”. Hakemukset viimeistään {closesDate} klo {closesTime}.',
		'notification.grant_application_changed':
			'Avustushakemuksen tila ({organisation}, ”{title}”): {status, select, draft {luonnos} submitted {jätetty} ineligible {ei täytä ehtoja} assessed {arvioitu} granted {myönnetty} partly_granted {myönnetty osittain} rejected {hylätty} withdrawn {peruttu} other {{status}}}.',
		'notification.grant_message': 'Uusi viesti avustushakemuksesta ({organisation}, ”{title}”).',
		'notification.grant_decided':
			'Avustuspäätös on tehty ({organisation}, ”{title}”): {status, select, draft {luonnos} submitted {jätetty} ineligible {ei täytä ehtoja} assessed {arvioitu} granted {myönnetty} partly_granted {myönnetty osittain} rejected {hylätty} withdrawn {peruttu} other {{status}}}. Päätöskirje on sovelluksessa.',
		'notification.grant_report_due':
			'Avustuksen käyttöselvitys ({organisation}, ”{title}”) on jätettävä viimeistään {dueDate}.',
		'notification.grant_acceptance':
			'{organisation} {acceptance, select, refused {kieltäytyi avustuksesta} other {otti avustuksen vastaan}} (”{title}”).',
		'notification.grant_report_submitted':
			'{organisation} jätti {kind, select, interim {väliselvityksen} other {käyttöselvityksen}} (”{title}”). Se odottaa tarkastusta.',
		'notification.meeting_invited':
			'Kutsu kokoukseen: {body} {number} {startsDate} klo {startsTime}. Esityslista on valmis.',
		'notifications.title': 'Ilmoitukset',
		'notifications.intro':
			'Täällä näet, mitä sinulle kuuluvissa asioissa on tapahtunut. Avaa ilmoitus linkistä; lukemattomat on merkitty.',
		'notifications.header':
			'{count, plural, =0 {Ilmoitukset} one {Ilmoitukset, # lukematon} other {Ilmoitukset, # lukematonta}}',
		'notifications.list': 'Viimeisimmät ilmoitukset',
		'notifications.empty': 'Sinulla ei ole ilmoituksia.',
		'notifications.unreadCount':
			'{count, plural, =0 {Ei lukemattomia ilmoituksia.} one {# lukematon ilmoitus.} other {# lukematonta ilmoitusta.}}',
		'notifications.unread': 'Lukematon',
		'notifications.receivedAt': '{date} klo {time}',
		'notifications.markRead': 'Merkitse luetuksi',
		'notifications.markAllRead': 'Merkitse kaikki luetuiksi',
		'notifications.allMarked': 'Kaikki ilmoitukset on merkitty luetuiksi.',
		'notifications.marked': 'Ilmoitus on merkitty luetuksi.',
		'notifications.email.title': 'Ilmoitukset sähköpostiin',
		'notifications.email.legend': 'Milloin haluat ilmoitukset sähköpostiisi?',
		'notifications.email.immediate': 'Heti: yksi viesti kustakin ilmoituksesta',
		'notifications.email.daily': 'Kerran päivässä: aamulla kooste lukemattomista',
		'notifications.email.off': 'Ei sähköpostia: ilmoitukset vain tässä palvelussa',
		'notifications.email.save': 'Tallenna valinta',
		'notifications.email.saved': 'Valinta on tallennettu.',
		'notifications.email.unavailable':
			'Tämä palvelu ei lähetä sähköpostia juuri nyt, joten ilmoitukset näkyvät vain täällä. Valintasi otetaan käyttöön, kun lähetys on käytössä.',
		'notifications.mail.open': 'Avaa: {url}',
		'notifications.mail.join': 'Liity etäyhteydellä: {url}',
		'notifications.mail.digestSubject':
			'{count, plural, one {Yhdyspinta: # uusi ilmoitus} other {Yhdyspinta: # uutta ilmoitusta}}',
		'notifications.mail.digestIntro': 'Sinulla on lukemattomia ilmoituksia Yhdyspinnassa:',
		'notifications.mail.settings': 'Voit muuttaa sähköpostivalintaasi ilmoitussivulla: {url}',
		'forbidden.notification.read': 'Voit katsoa vain omia ilmoituksiasi.'
	},
	sv: {
		'notification.consultation_opened':
			'Ny remissrunda: ”{title}”. Kommentera senast {closesDate} kl. {closesTime}.',
		'notification.consultation_deadline':
			'Remissrundan ”{title}” avslutas {closesDate} kl. {closesTime}.',
		'notification.comment_answered': 'Din kommentar har besvarats i remissrundan ”{title}”.',
		'notification.item_forwarded': 'Ärendet ”{item}” har skickats från {fromBody} till {toBody}.',
		'notification.minutes_awaiting_approval':
			'Protokoll väntar på ditt godkännande: {body} {number}.',
		'notification.measure_updated':
			'Åtgärden ”{title}” har nu status: {status, select, not_started {inte påbörjad} in_progress {pågår} done {klar} dropped {avbruten} other {{status}}}.',
		'notification.item_requested':
			'Er organisation ({organisation}) ombeds bidra till ärendet ”{item}”: {body} {number}.',
		'notification.grant_call_opened':
			'Ny ansökningsomgång för understöd: ”{title}”. Ansökningarna senast {closesDate} kl. {closesTime}.',
		'notification.grant_application_changed':
			'Ansökans status ({organisation}, ”{title}”): {status, select, draft {utkast} submitted {inlämnad} ineligible {uppfyller inte villkoren} assessed {bedömd} granted {beviljad} partly_granted {delvis beviljad} rejected {avslagen} withdrawn {återtagen} other {{status}}}.',
		'notification.grant_message': 'Nytt meddelande om ansökan ({organisation}, ”{title}”).',
		'notification.grant_decided':
			'Beslut om understöd har fattats ({organisation}, ”{title}”): {status, select, draft {utkast} submitted {inlämnad} ineligible {uppfyller inte villkoren} assessed {bedömd} granted {beviljad} partly_granted {delvis beviljad} rejected {avslagen} withdrawn {återtagen} other {{status}}}. Beslutsbrevet finns i appen.',
		'notification.grant_report_due':
			'Redovisningen av understödet ({organisation}, ”{title}”) ska lämnas senast {dueDate}.',
		'notification.grant_acceptance':
			'{organisation} {acceptance, select, refused {avstod från understödet} other {tog emot understödet}} (”{title}”).',
		'notification.grant_report_submitted':
			'{organisation} lämnade {kind, select, interim {en mellanredovisning} other {en slutredovisning}} (”{title}”). Den väntar på granskning.',
		'notification.meeting_invited':
			'Kallelse till möte: {body} {number} {startsDate} kl. {startsTime}. Föredragningslistan är klar.',
		'notifications.title': 'Meddelanden',
		'notifications.intro':
			'Här ser du vad som har hänt i ärenden som gäller dig. Öppna ett meddelande via länken; olästa är markerade.',
		'notifications.header':
			'{count, plural, =0 {Meddelanden} one {Meddelanden, # oläst} other {Meddelanden, # olästa}}',
		'notifications.list': 'Senaste meddelanden',
		'notifications.empty': 'Du har inga meddelanden.',
		'notifications.unreadCount':
			'{count, plural, =0 {Inga olästa meddelanden.} one {# oläst meddelande.} other {# olästa meddelanden.}}',
		'notifications.unread': 'Oläst',
		'notifications.receivedAt': '{date} kl. {time}',
		'notifications.markRead': 'Markera som läst',
		'notifications.markAllRead': 'Markera alla som lästa',
		'notifications.allMarked': 'Alla meddelanden har markerats som lästa.',
		'notifications.marked': 'Meddelandet har markerats som läst.',
		'notifications.email.title': 'Meddelanden per e-post',
		'notifications.email.legend': 'När vill du få meddelanden per e-post?',
		'notifications.email.immediate': 'Genast: ett e-postmeddelande per meddelande',
		'notifications.email.daily': 'En gång om dagen: en sammanfattning av olästa på morgonen',
		'notifications.email.off': 'Ingen e-post: meddelanden endast i tjänsten',
		'notifications.email.save': 'Spara valet',
		'notifications.email.saved': 'Valet har sparats.',
		'notifications.email.unavailable':
			'Tjänsten skickar inte e-post just nu, så meddelandena syns bara här. Ditt val tas i bruk när e-posten är i bruk.',
		'notifications.mail.open': 'Öppna: {url}',
		'notifications.mail.join': 'Delta på distans: {url}',
		'notifications.mail.digestSubject':
			'{count, plural, one {Yhdyspinta: # nytt meddelande} other {Yhdyspinta: # nya meddelanden}}',
		'notifications.mail.digestIntro': 'Du har olästa meddelanden i Yhdyspinta:',
		'notifications.mail.settings': 'Du kan ändra ditt e-postval på meddelandesidan: {url}',
		'forbidden.notification.read': 'Du kan bara se dina egna meddelanden.'
	},
	en: {
		'notification.consultation_opened':
			'New consultation round: “{title}”. Comment by {closesDate} at {closesTime}.',
		'notification.consultation_deadline':
			'The consultation round “{title}” closes on {closesDate} at {closesTime}.',
		'notification.comment_answered':
			'Your comment has been answered in the consultation round “{title}”.',
		'notification.item_forwarded': 'The item “{item}” has been sent from {fromBody} to {toBody}.',
		'notification.minutes_awaiting_approval': 'Minutes awaiting your approval: {body} {number}.',
		'notification.measure_updated':
			'The measure “{title}” is now: {status, select, not_started {not started} in_progress {in progress} done {done} dropped {dropped} other {{status}}}.',
		'notification.item_requested':
			'Your organisation ({organisation}) is asked for something on the item “{item}”: {body} {number}.',
		'notification.grant_call_opened':
			'A new grant call: “{title}”. Applications by {closesDate} at {closesTime}.',
		'notification.grant_application_changed':
			'Grant application status ({organisation}, “{title}”): {status, select, draft {draft} submitted {submitted} ineligible {ineligible} assessed {assessed} granted {granted} partly_granted {partly granted} rejected {rejected} withdrawn {withdrawn} other {{status}}}.',
		'notification.grant_message':
			'New message about a grant application ({organisation}, “{title}”).',
		'notification.grant_decided':
			'A grant decision has been made ({organisation}, “{title}”): {status, select, draft {draft} submitted {submitted} ineligible {ineligible} assessed {assessed} granted {granted} partly_granted {partly granted} rejected {rejected} withdrawn {withdrawn} other {{status}}}. The decision letter is in the app.',
		'notification.grant_report_due':
			'The report on the use of the grant ({organisation}, “{title}”) is due by {dueDate}.',
		'notification.grant_acceptance':
			'{organisation} {acceptance, select, refused {refused the grant} other {accepted the grant}} (“{title}”).',
		'notification.grant_report_submitted':
			'{organisation} submitted {kind, select, interim {an interim report} other {a final report}} (“{title}”). It awaits checking.',
		'notification.meeting_invited':
			'Invitation to the meeting {body} {number} on {startsDate} at {startsTime}. The agenda is ready.',
		'notifications.title': 'Notifications',
		'notifications.intro':
			'Here you see what has happened in matters that concern you. Open a notification by its link; unread ones are marked.',
		'notifications.header':
			'{count, plural, =0 {Notifications} one {Notifications, # unread} other {Notifications, # unread}}',
		'notifications.list': 'Latest notifications',
		'notifications.empty': 'You have no notifications.',
		'notifications.unreadCount':
			'{count, plural, =0 {No unread notifications.} one {# unread notification.} other {# unread notifications.}}',
		'notifications.unread': 'Unread',
		'notifications.receivedAt': '{date} at {time}',
		'notifications.markRead': 'Mark as read',
		'notifications.markAllRead': 'Mark all as read',
		'notifications.allMarked': 'All notifications have been marked as read.',
		'notifications.marked': 'The notification has been marked as read.',
		'notifications.email.title': 'Notifications by email',
		'notifications.email.legend': 'When do you want notifications by email?',
		'notifications.email.immediate': 'Immediately: one email per notification',
		'notifications.email.daily': 'Once a day: a morning digest of unread ones',
		'notifications.email.off': 'No email: notifications in this service only',
		'notifications.email.save': 'Save choice',
		'notifications.email.saved': 'Your choice has been saved.',
		'notifications.email.unavailable':
			'This service does not send email at the moment, so notifications are shown here only. Your choice takes effect once email is enabled.',
		'notifications.mail.open': 'Open: {url}',
		'notifications.mail.join': 'Join online: {url}',
		'notifications.mail.digestSubject':
			'{count, plural, one {Yhdyspinta: # new notification} other {Yhdyspinta: # new notifications}}',
		'notifications.mail.digestIntro': 'You have unread notifications in Yhdyspinta:',
		'notifications.mail.settings':
			'You can change your email choice on the notifications page: {url}',
		'forbidden.notification.read': 'You can see only your own notifications.'
	}
});
