import { defineMessages } from '../define';

export default defineMessages({
	fi: {
		'grantReports.answer.required': 'Vastaa tähän kysymykseen: vastaus on pakollinen.',
		'grantReports.answer.number': 'Kirjoita kokonaisluku, esimerkiksi 120.',
		'grantReports.answer.requiredLabel': '{question} (pakollinen)',
		'grantReports.answer.numberHint': 'Kokonaislukuna.',
		'grantReports.answer.yes': 'Kyllä',
		'grantReports.answer.no': 'Ei',
		'grantCalls.form.questions': 'Selvityksen kysymykset',
		'grantCalls.form.questionsHint':
			'Mitä avustuksen saajalta kysytään väli- ja loppuselvityksessä. Uusi haku saa valmiit kysymykset, joita voit muuttaa. Tyhjäksi jätetty kysymys jää pois.',
		'grantCalls.form.questionText': 'Kysymys {row}',
		'grantCalls.form.questionKind': 'Kysymyksen {row} vastaus',
		'grantCalls.form.questionAsked': 'Kysymys {row} kysytään',
		'grantCalls.form.questionRequired': 'Kysymykseen {row} on vastattava',
		'grantCalls.question.kind.text': 'Teksti',
		'grantCalls.question.kind.number': 'Luku',
		'grantCalls.question.kind.yesno': 'Kyllä tai ei',
		'grantCalls.question.asked.interim': 'Väliselvityksessä',
		'grantCalls.question.asked.final': 'Loppuselvityksessä',
		'grantCalls.question.asked.both': 'Molemmissa selvityksissä'
	},
	sv: {
		'grantReports.answer.required': 'Svara på denna fråga: svaret är obligatoriskt.',
		'grantReports.answer.number': 'Skriv ett heltal, till exempel 120.',
		'grantReports.answer.requiredLabel': '{question} (obligatorisk)',
		'grantReports.answer.numberHint': 'Som heltal.',
		'grantReports.answer.yes': 'Ja',
		'grantReports.answer.no': 'Nej',
		'grantCalls.form.questions': 'Redovisningens frågor',
		'grantCalls.form.questionsHint':
			'Vad mottagaren av understödet tillfrågas i mellan- och slutredovisningen. En ny ansökningsomgång får färdiga frågor som du kan ändra. En fråga som lämnas tom tas bort.',
		'grantCalls.form.questionText': 'Fråga {row}',
		'grantCalls.form.questionKind': 'Svar på fråga {row}',
		'grantCalls.form.questionAsked': 'Fråga {row} ställs',
		'grantCalls.form.questionRequired': 'Fråga {row} måste besvaras',
		'grantCalls.question.kind.text': 'Text',
		'grantCalls.question.kind.number': 'Tal',
		'grantCalls.question.kind.yesno': 'Ja eller nej',
		'grantCalls.question.asked.interim': 'I mellanredovisningen',
		'grantCalls.question.asked.final': 'I slutredovisningen',
		'grantCalls.question.asked.both': 'I båda redovisningarna'
	},
	en: {
		'grantReports.answer.required': 'Answer this question: an answer is required.',
		'grantReports.answer.number': 'Write a whole number, for example 120.',
		'grantReports.answer.requiredLabel': '{question} (required)',
		'grantReports.answer.numberHint': 'As a whole number.',
		'grantReports.answer.yes': 'Yes',
		'grantReports.answer.no': 'No',
		'grantCalls.form.questions': 'Report questions',
		'grantCalls.form.questionsHint':
			'What the recipient is asked in the interim and final reports. A new call starts with ready questions you may change. A question left empty is left out.',
		'grantCalls.form.questionText': 'Question {row}',
		'grantCalls.form.questionKind': 'Answer to question {row}',
		'grantCalls.form.questionAsked': 'Question {row} is asked',
		'grantCalls.form.questionRequired': 'Question {row} must be answered',
		'grantCalls.question.kind.text': 'Text',
		'grantCalls.question.kind.number': 'Number',
		'grantCalls.question.kind.yesno': 'Yes or no',
		'grantCalls.question.asked.interim': 'In the interim report',
		'grantCalls.question.asked.final': 'In the final report',
		'grantCalls.question.asked.both': 'In both reports'
	}
});
