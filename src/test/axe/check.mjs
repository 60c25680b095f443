// Checks every .html file in a folder with axe-core in a real Chromium: WCAG 2.x A and AA (2.2 included)
// and axe's best practices. Prints one JSON line per file: {"file", "violations": [{"id", "impact", "help",
// "targets"}]}. Usage: node check.mjs FOLDER CHROMIUM
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const [folder, executablePath] = process.argv.slice(2);
const files = readdirSync(folder).filter((name) => name.endsWith('.html')).sort();
const browser = await chromium.launch({
	executablePath,
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
		'--disable-component-update', '--disable-sync'],
});
try {
	const page = await browser.newPage();
	for (const file of files) {
		await page.goto(pathToFileURL(resolve(join(folder, file))).href);
		await page.addScriptTag({ content: axeSource });
		const result = await page.evaluate(() => window.axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
		}));
		const violations = result.violations.map((v) => ({
			id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
		}));
		console.log(JSON.stringify({ file, checked: result.passes.length, violations }));
	}
}
finally {
	await browser.close();
}
