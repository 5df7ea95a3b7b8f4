import { defineMessages } from '../define';

/** After the grant decision: the recipient's answer and the two-part check of reports. */
export default defineMessages({
	fi: {
		'grantFollowup.acceptance.title': 'Avustuksen vastaanottaminen',
		'grantFollowup.acceptance.intro':
			'Ilmoittakaa, otatteko avustuksen vastaan. Jos kieltäydytte, kertokaa syy: avustus vapautuu silloin muuhun käyttöön, eikä sitä makseta.',
		'grantFollowup.acceptance.pending':
			'Järjestö ei ole vielä ilmoittanut, ottaako se avustuksen vastaan.',
		'grantFollowup.acceptance.accepted': '{name} otti avustuksen vastaan {date}.',
		'grantFollowup.acceptance.refused':
			'{name} ilmoitti {date}, ettei järjestö ota avustusta vastaan. Avustus ei sisälly myönnettyihin summiin.',
		'grantFollowup.acceptance.refusalReason': 'Syy',
		'grantFollowup.acceptance.reason': 'Syy kieltäytymiseen',
		'grantFollowup.acceptance.reasonHint': 'Täytä vain, jos kieltäydytte avustuksesta.',
		'grantFollowup.acceptance.accept': 'Otamme avustuksen vastaan',
		'grantFollowup.acceptance.refuse': 'Kieltäydymme avustuksesta',
		'grantFollowup.acceptance.answered': 'Avustukseen on jo vastattu.',
		'grantFollowup.acceptance.reasonRequired': 'Kertokaa, miksi kieltäydytte avustuksesta.',
		'grantFollowup.done.accepted': 'Avustus on otettu vastaan.',
		'grantFollowup.done.refused': 'Kieltäytyminen on kirjattu, ja käsittelijöille on ilmoitettu.',
		'grantFollowup.done.passed': 'Osan tarkastus on kirjattu.',
		'grantFollowup.done.returned':
			'Selvitys on palautettu täydennettäväksi, ja järjestölle on ilmoitettu.',
		'grantFollowup.request': 'Täydennyspyyntö',
		'grantFollowup.closer.picked': 'Valittu tarkempaan tarkastukseen: {reasons}.',
		'grantFollowup.closer.notPicked': 'Ei valittu tarkempaan tarkastukseen.',
		'grantFollowup.closer.reason.random': 'satunnaisotanta',
		'grantFollowup.closer.reason.largeGrant': 'suuri avustus',
		'grantFollowup.closer.reason.earlierProblems': 'järjestön selvitys on palautettu aiemmin',
		'grantFollowup.part.content': 'Sisällön tarkastus',
		'grantFollowup.part.finance': 'Talouden tarkastus',
		'grantFollowup.check.passed': 'hyväksytty ({name}, {date})',
		'grantFollowup.check.returned': 'palautettu ({name}, {date})',
		'grantFollowup.check.waiting': 'odottaa tarkastusta',
		'grantFollowup.check.items': 'Tarkistuslista',
		'grantFollowup.check.note': 'Täydennyspyyntö järjestölle',
		'grantFollowup.check.noteHint':
			'Pakollinen, jos palautat selvityksen. Kerro, mitä selvityksestä puuttuu.',
		'grantFollowup.check.deadline': 'Uusi määräpäivä',
		'grantFollowup.check.deadlineHint': 'Pakollinen, jos palautat selvityksen.',
		'grantFollowup.check.pass': 'Hyväksy osa',
		'grantFollowup.check.return': 'Palauta täydennettäväksi',
		'grantFollowup.check.samePerson':
			'Olet tarkastanut selvityksen toisen osan. Saman henkilön ei pidä tarkastaa molempia osia: pyydä kollegaa tarkastamaan tämä osa.',
		'grantFollowup.check.alreadyChecked': 'Tämä osa on jo tarkastettu.',
		'grantFollowup.check.itemsMissing':
			'Käy läpi kaikki tarkistuslistan kohdat ja rastita ne ennen kuin hyväksyt osan.',
		'grantFollowup.check.deadlineRequired':
			'Anna päivä, johon mennessä täydennetty selvitys on jätettävä.',
		'grantFollowup.check.deadlineFuture': 'Määräpäivän on oltava myöhemmin kuin tänään.',
		'grantFollowup.check.returnIncomplete':
			'Palautukseen tarvitaan täydennyspyyntö ja uusi määräpäivä.',
		'grantFollowup.item.activityRealised':
			'Toiminta toteutui suunnitellusti, tai muutokset on perusteltu',
		'grantFollowup.item.reachReported':
			'Selvityksessä kerrotaan, keitä ja kuinka monta toiminta tavoitti',
		'grantFollowup.item.purposeKept': 'Avustus on käytetty päätöksen mukaiseen tarkoitukseen',
		'grantFollowup.item.budgetRealised':
			'Toteutunut talousarvio vastaa hakemuksen talousarviota, tai poikkeamat on selitetty',
		'grantFollowup.item.usedWithinGrant':
			'Käytetty summa ei ylitä myönnettyä, ja omarahoitusosuus toteutui',
		'grantFollowup.item.unusedReported': 'Käyttämättä jäänyt avustus on ilmoitettu',
		'grantFollowup.item.evidenceSeen':
			'Toiminnasta on nähty näyttöä, esimerkiksi osallistujamäärät tai tapahtumien aineisto',
		'grantFollowup.item.vouchersChecked': 'Tositteet ja kirjanpidon ote on pyydetty ja tarkastettu',
		'grantFollowup.public.refused': 'saaja kieltäytyi',
		'audit.action.grant.accepted': 'Avustus otettu vastaan',
		'audit.action.grant.refused': 'Avustuksesta kieltäydytty',
		'audit.action.grant.reportCloserCheck': 'Selvityksen tarkemman tarkastuksen arvonta',
		'audit.action.grant.reportChecked': 'Selvityksen osa tarkastettu'
	},
	sv: {
		'grantFollowup.acceptance.title': 'Mottagande av bidraget',
		'grantFollowup.acceptance.intro':
			'Meddela om ni tar emot bidraget. Om ni avstår, ange orsaken: bidraget frigörs då för annat bruk och betalas inte ut.',
		'grantFollowup.acceptance.pending':
			'Organisationen har ännu inte meddelat om den tar emot bidraget.',
		'grantFollowup.acceptance.accepted': '{name} tog emot bidraget {date}.',
		'grantFollowup.acceptance.refused':
			'{name} meddelade {date} att organisationen inte tar emot bidraget. Bidraget ingår inte i de beviljade summorna.',
		'grantFollowup.acceptance.refusalReason': 'Orsak',
		'grantFollowup.acceptance.reason': 'Orsak till att ni avstår',
		'grantFollowup.acceptance.reasonHint': 'Fyll i endast om ni avstår från bidraget.',
		'grantFollowup.acceptance.accept': 'Vi tar emot bidraget',
		'grantFollowup.acceptance.refuse': 'Vi avstår från bidraget',
		'grantFollowup.acceptance.answered': 'Bidraget har redan besvarats.',
		'grantFollowup.acceptance.reasonRequired': 'Berätta varför ni avstår från bidraget.',
		'grantFollowup.done.accepted': 'Bidraget har tagits emot.',
		'grantFollowup.done.refused': 'Avståendet har registrerats och handläggarna har meddelats.',
		'grantFollowup.done.passed': 'Granskningen av delen har registrerats.',
		'grantFollowup.done.returned':
			'Redovisningen har returnerats för komplettering och organisationen har meddelats.',
		'grantFollowup.request': 'Begäran om komplettering',
		'grantFollowup.closer.picked': 'Vald för noggrannare granskning: {reasons}.',
		'grantFollowup.closer.notPicked': 'Inte vald för noggrannare granskning.',
		'grantFollowup.closer.reason.random': 'slumpmässigt urval',
		'grantFollowup.closer.reason.largeGrant': 'stort bidrag',
		'grantFollowup.closer.reason.earlierProblems':
			'organisationens redovisning har returnerats tidigare',
		'grantFollowup.part.content': 'Granskning av innehållet',
		'grantFollowup.part.finance': 'Granskning av ekonomin',
		'grantFollowup.check.passed': 'godkänd ({name}, {date})',
		'grantFollowup.check.returned': 'returnerad ({name}, {date})',
		'grantFollowup.check.waiting': 'väntar på granskning',
		'grantFollowup.check.items': 'Checklista',
		'grantFollowup.check.note': 'Begäran om komplettering till organisationen',
		'grantFollowup.check.noteHint':
			'Obligatorisk om du returnerar redovisningen. Berätta vad som saknas.',
		'grantFollowup.check.deadline': 'Ny sista dag',
		'grantFollowup.check.deadlineHint': 'Obligatorisk om du returnerar redovisningen.',
		'grantFollowup.check.pass': 'Godkänn delen',
		'grantFollowup.check.return': 'Returnera för komplettering',
		'grantFollowup.check.samePerson':
			'Du har granskat redovisningens andra del. Samma person ska inte granska båda delarna: be en kollega granska den här delen.',
		'grantFollowup.check.alreadyChecked': 'Den här delen har redan granskats.',
		'grantFollowup.check.itemsMissing':
			'Gå igenom alla punkter på checklistan och kryssa för dem innan du godkänner delen.',
		'grantFollowup.check.deadlineRequired':
			'Ange det datum då den kompletterade redovisningen senast ska lämnas.',
		'grantFollowup.check.deadlineFuture': 'Datumet ska vara senare än i dag.',
		'grantFollowup.check.returnIncomplete':
			'För att returnera behövs en begäran om komplettering och en ny sista dag.',
		'grantFollowup.item.activityRealised':
			'Verksamheten genomfördes som planerat, eller ändringarna är motiverade',
		'grantFollowup.item.reachReported':
			'Redovisningen berättar vilka och hur många verksamheten nådde',
		'grantFollowup.item.purposeKept': 'Bidraget har använts för det ändamål som beslutet anger',
		'grantFollowup.item.budgetRealised':
			'Den förverkligade budgeten motsvarar ansökans budget, eller avvikelserna är förklarade',
		'grantFollowup.item.usedWithinGrant':
			'Det använda beloppet överskrider inte det beviljade, och självfinansieringen förverkligades',
		'grantFollowup.item.unusedReported': 'Oanvänt bidrag har anmälts',
		'grantFollowup.item.evidenceSeen':
			'Belägg för verksamheten har setts, till exempel antal deltagare eller material från evenemang',
		'grantFollowup.item.vouchersChecked':
			'Verifikat och utdrag ur bokföringen har begärts och granskats',
		'grantFollowup.public.refused': 'mottagaren avstod',
		'audit.action.grant.accepted': 'Bidraget mottaget',
		'audit.action.grant.refused': 'Mottagaren avstod från bidraget',
		'audit.action.grant.reportCloserCheck': 'Lottning av noggrannare granskning av redovisning',
		'audit.action.grant.reportChecked': 'En del av redovisningen granskad'
	},
	en: {
		'grantFollowup.acceptance.title': 'Accepting the grant',
		'grantFollowup.acceptance.intro':
			'Let us know whether you accept the grant. If you refuse it, give the reason: the money is then freed for other use and not paid.',
		'grantFollowup.acceptance.pending':
			'The organisation has not yet said whether it accepts the grant.',
		'grantFollowup.acceptance.accepted': '{name} accepted the grant on {date}.',
		'grantFollowup.acceptance.refused':
			'{name} said on {date} that the organisation does not accept the grant. It is not counted in the granted sums.',
		'grantFollowup.acceptance.refusalReason': 'Reason',
		'grantFollowup.acceptance.reason': 'Reason for refusing',
		'grantFollowup.acceptance.reasonHint': 'Fill in only if you refuse the grant.',
		'grantFollowup.acceptance.accept': 'We accept the grant',
		'grantFollowup.acceptance.refuse': 'We refuse the grant',
		'grantFollowup.acceptance.answered': 'The grant has already been answered.',
		'grantFollowup.acceptance.reasonRequired': 'Tell us why you refuse the grant.',
		'grantFollowup.done.accepted': 'The grant has been accepted.',
		'grantFollowup.done.refused': 'The refusal has been recorded and the handlers told.',
		'grantFollowup.done.passed': 'The check of the part has been recorded.',
		'grantFollowup.done.returned':
			'The report has been sent back for completion and the organisation told.',
		'grantFollowup.request': 'Request for completion',
		'grantFollowup.closer.picked': 'Picked for a closer check: {reasons}.',
		'grantFollowup.closer.notPicked': 'Not picked for a closer check.',
		'grantFollowup.closer.reason.random': 'random sample',
		'grantFollowup.closer.reason.largeGrant': 'large grant',
		'grantFollowup.closer.reason.earlierProblems':
			'a report of the organisation was sent back before',
		'grantFollowup.part.content': 'Content check',
		'grantFollowup.part.finance': 'Finance check',
		'grantFollowup.check.passed': 'passed ({name}, {date})',
		'grantFollowup.check.returned': 'sent back ({name}, {date})',
		'grantFollowup.check.waiting': 'awaiting check',
		'grantFollowup.check.items': 'Checklist',
		'grantFollowup.check.note': 'Request to the organisation',
		'grantFollowup.check.noteHint': 'Required if you send the report back. Say what is missing.',
		'grantFollowup.check.deadline': 'New deadline',
		'grantFollowup.check.deadlineHint': 'Required if you send the report back.',
		'grantFollowup.check.pass': 'Pass this part',
		'grantFollowup.check.return': 'Send back for completion',
		'grantFollowup.check.samePerson':
			'You checked the other part of this report. The same person may not check both parts: ask a colleague to check this one.',
		'grantFollowup.check.alreadyChecked': 'This part has already been checked.',
		'grantFollowup.check.itemsMissing':
			'Go through every item of the checklist and tick it before passing the part.',
		'grantFollowup.check.deadlineRequired': 'Give the date by which the completed report is due.',
		'grantFollowup.check.deadlineFuture': 'The deadline must be later than today.',
		'grantFollowup.check.returnIncomplete': 'Sending back needs a request and a new deadline.',
		'grantFollowup.item.activityRealised':
			'The activity took place as planned, or the changes are explained',
		'grantFollowup.item.reachReported': 'The report says whom and how many the activity reached',
		'grantFollowup.item.purposeKept': 'The grant was used for the purpose of the decision',
		'grantFollowup.item.budgetRealised':
			'The realised budget matches the application’s budget, or the differences are explained',
		'grantFollowup.item.usedWithinGrant':
			'The money used does not exceed the grant, and the own funding was realised',
		'grantFollowup.item.unusedReported': 'Unused money has been reported',
		'grantFollowup.item.evidenceSeen':
			'Evidence of the activity has been seen, such as participant numbers or event material',
		'grantFollowup.item.vouchersChecked':
			'Vouchers and a ledger extract were asked for and checked',
		'grantFollowup.public.refused': 'refused by the recipient',
		'audit.action.grant.accepted': 'Grant accepted',
		'audit.action.grant.refused': 'Grant refused by the recipient',
		'audit.action.grant.reportCloserCheck': 'Draw for a closer check of a report',
		'audit.action.grant.reportChecked': 'Part of a report checked'
	}
});
