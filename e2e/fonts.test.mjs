// Pages in Hindi, Punjabi, Amharic, Chinese and Ukrainian are drawn in fonts that have their letters,
// not as empty boxes: for every element with text of that script, Chromium reports (through
// the DevTools protocol, CSS.getPlatformFontsForNode) which installed fonts drew its glyphs,
// and each must be one that covers the script. Needs Debian's fonts-noto-core and
// fonts-wqy-microhei (installed by .ci/run).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startGarita, openBrowser, Journey } from './lib/harness.mjs';

const SCRIPTS = {
  hi: { letters: /[\u0900-\u097F]/, fonts: /Devanagari/i },
  pa: { letters: /[\u0A00-\u0A7F]/, fonts: /Gurmukhi/i },
  am: { letters: /[\u1200-\u139F]/, fonts: /Ethiopic/i },
  'zh-CN': { letters: /[\u4E00-\u9FFF]/, fonts: /WenQuanYi|Noto Sans CJK|Noto Serif CJK|Droid Sans Fallback/i },
  // Ukrainian: elements with the letters Russian lacks (і ї є ґ), drawn by a font covering them.
  uk: { letters: /[іїєґІЇЄҐ]/, fonts: /Noto Sans|Noto Serif|DejaVu|Liberation|Roboto|Lato/i },
};
const PAGES = ['/', '/ports', '/wait-times', '/login', '/register'];

test('every script is drawn with a font that has its letters', { timeout: 120_000 }, async () => {
  const garita = await startGarita();
  const browser = await openBrowser();
  const { context, page } = browser;
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    for (const [lang, script] of Object.entries(SCRIPTS)) {
      const j = new Journey(`fonts-${lang}`);
      for (const path of PAGES) {
        const sep = path.includes('?') ? '&' : '?';
        await page.goto(`${garita.url}${path}${sep}lang=${lang}`);
        await page.evaluate(() => document.fonts.ready);
        if (path === '/') await j.visit(page, 'home');
        const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
        // Elements whose own text (not their children's) holds letters of the script.
        const nodes = [];
        const walk = (n) => {
          const own = (n.children || []).filter((c) => c.nodeType === 3).map((c) => c.nodeValue).join('');
          if (n.nodeType === 1 && script.letters.test(own) && !['SCRIPT', 'STYLE', 'TITLE', 'OPTION'].includes(n.nodeName)) {
            nodes.push({ id: n.nodeId, text: own.trim().slice(0, 40) });
          }
          for (const c of n.children || []) walk(c);
          if (n.contentDocument) walk(n.contentDocument);
        };
        walk(root);
        assert.ok(nodes.length > 0, `${lang} ${path}: some text in the script`);
        const wrong = [];
        for (const n of nodes) {
          const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: n.id });
          const used = fonts.filter((f) => f.glyphCount > 0);
          // Latin digits and punctuation may come from the page's main font; the script's
          // letters need a font of theirs.
          if (!used.some((f) => script.fonts.test(f.familyName))) {
            wrong.push(`${n.text} → ${used.map((f) => `${f.familyName} (${f.glyphCount})`).join(', ') || 'no font'}`);
          }
        }
        assert.deepEqual(wrong, [], `${lang} ${path}: text drawn without a font for its script`);
      }
    }
  } finally {
    await browser.close();
    await garita.stop();
  }
});
