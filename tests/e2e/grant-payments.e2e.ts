/**
 * Grant payments under four eyes on the demo's last-year grants: the
 * villages' autumn instalment is held until their report is accepted, then
 * gathered into a batch that one coordinator checks and another approves
 * (the checker cannot), exported for the finance system and marked paid.
 * The demo runs on a database of its own.
 */
import Database from 'better-sqlite3';
import { DEMO, DEMO_PASSWORD, expect, expectAccessible, logIn, test } from './fixtures';
import { sidePort, startServer, type StartedServer } from './server';

let server: StartedServer;
const VILLAGES = 'Rajakylien Kyläverkosto ry';
let financeManager = '';

function query<T>(sql: string, ...params: unknown[]): T {
	const db = new Database(server.databasePath);
	try {
		return db.prepare(sql).get(...params) as T;
	} finally {
		db.close();
	}
}

test.beforeAll(async () => {
	// A demo database of its own takes a while to build on a busy machine.
	test.setTimeout(180_000);
	server = await startServer(sidePort(33), { demo: true });
	financeManager = query<{ email: string }>(
		"select email from user where name = 'Paula Hirvonen'"
	).email;
});

test.afterAll(() => server?.stop());

test('a held instalment is released, checked by one, approved by another and exported', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const checker = await (await browser.newContext({ baseURL: server.origin })).newPage();
	await logIn(checker, DEMO.coordinator);
	await checker.goto('/grants');
	await checker.getByRole('link', { name: 'Maksatus' }).click();
	await expect(checker.getByRole('heading', { level: 1 })).toHaveText('Avustusten maksatus');
	const held = checker.getByRole('region', { name: 'Pidätetyt maksuerät' });
	await expect(held).toContainText(VILLAGES);
	await expect(checker.getByRole('checkbox', { name: new RegExp(VILLAGES) })).toHaveCount(0);
	// Last year's spring batch went out under two approvers.
	await expect(checker.getByRole('link', { name: 'Maksatuserä 1' })).toBeVisible();
	await expectAccessible(checker);

	// The handler accepts the villages' report (the report pages are another part of the app).
	const db = new Database(server.databasePath);
	db.prepare(
		`update grant_report set status = 'accepted' where application_id in
			(select a.id from grant_application a join organisation o on o.id = a.organisation_id where o.name = ?)`
	).run(VILLAGES);
	db.close();

	await checker.reload();
	await expect(checker.getByRole('region', { name: 'Pidätetyt maksuerät' })).toHaveCount(0);
	const villagesLine = checker.getByRole('checkbox', { name: new RegExp(VILLAGES) });
	await expect(villagesLine).toBeChecked();
	await checker.getByRole('button', { name: 'Kokoa valituista maksatuserä' }).click();
	await expect(checker.getByText('Maksatuserä on koottu.')).toBeVisible();
	const batchUrl = new URL(checker.url()).pathname;
	await expect(checker.getByRole('cell', { name: '9910023-8' })).toBeVisible();
	await expectAccessible(checker);

	await checker.getByRole('button', { name: 'Merkitse tarkastetuksi' }).click();
	await expect(checker.getByText('Maksatuserä on merkitty tarkastetuksi.')).toBeVisible();
	// The checker is told why they cannot approve, and is offered no approval.
	await expect(checker.getByText(/Tarkastit tämän maksatuserän/)).toBeVisible();
	await expect(checker.getByRole('button', { name: 'Hyväksy maksuun' })).toHaveCount(0);
	const own = await checker.request.post(`${batchUrl}?/approve`, {
		headers: { origin: server.origin, accept: 'application/json', 'x-sveltekit-action': 'true' },
		form: {}
	});
	expect(await own.text()).toContain('grantPayments.refusal.checkerCannotApprove');

	const approver = await (await browser.newContext({ baseURL: server.origin })).newPage();
	await logIn(approver, financeManager, DEMO_PASSWORD);
	await approver.goto(batchUrl);
	await approver.getByRole('button', { name: 'Hyväksy maksuun' }).click();
	await expect(approver.getByText('Hyväksyntäsi on kirjattu.')).toBeVisible();
	await expect(approver.getByText('Hyväksytty', { exact: true })).toBeVisible();

	await checker.reload();
	await checker.getByRole('button', { name: 'Siirrä taloushallintoon' }).click();
	await expect(checker.getByText('Maksatuserä on siirretty taloushallintoon.')).toBeVisible();
	const href = await checker
		.getByRole('link', { name: 'Lataa maksuaineisto (CSV)' })
		.getAttribute('href');
	const csv = await checker.request.get(href!);
	expect(csv.headers()['content-type']).toContain('text/csv');
	const text = await csv.text();
	expect(text.startsWith('\uFEFF')).toBe(true);
	const [header, ...lines] = text.slice(1).split('\r\n');
	expect(header).toBe('saaja;y-tunnus;iban;summa;eräpäivä;viitenumero;kustannuspaikka;tili;haku');
	expect(lines).toHaveLength(1);
	const cells = lines[0]!.split(';');
	expect(cells.slice(0, 4)).toEqual([VILLAGES, '9910023-8', 'FI6711443000728153', '7200.00']);
	expect(cells[4]).toMatch(/^\d{4}-08-14$/);
	// The reference's last digit is its 7-3-1 check digit.
	const digits = [...cells[5]!.slice(0, -1)].reverse();
	const sum = digits.reduce((t, d, i) => t + Number(d) * [7, 3, 1][i % 3]!, 0);
	expect(Number(cells[5]!.at(-1))).toBe((10 - (sum % 10)) % 10);
	expect(cells.slice(6, 8)).toEqual(['4410', '6850']);

	await checker.getByRole('button', { name: 'Merkitse erä maksetuksi' }).click();
	await expect(checker.getByText('Maksatuserä on merkitty maksetuksi.')).toBeVisible();

	// In Swedish too, both pages pass.
	await checker.getByRole('button', { name: 'svenska' }).click();
	await expect(checker.getByRole('heading', { level: 1 })).toContainText('Betalningsomgång');
	await expectAccessible(checker);
	await checker.goto('/grants/payments');
	await expect(checker.getByRole('heading', { level: 1 })).toHaveText('Utbetalning av understöd');
	await expectAccessible(checker);
	await checker.getByRole('button', { name: 'suomi' }).click();
});
