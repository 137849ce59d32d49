// Builds the public portal into <outdir> (default dist/): the pages (HTML with the shared header and footer and the
// Vietnamese text filled in) and their bundled ES modules and styles under assets/. Maven runs it with
// --outdir=${project.build.outputDirectory}/static/portal, so the portal ships inside the jar; nothing is fetched
// from another site at run time.
import * as esbuild from 'esbuild';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { messages } from './src/js/messages.js';

const arg = process.argv.find((a) => a.startsWith('--outdir='));
const outdir = arg ? arg.slice('--outdir='.length) : 'dist';
const here = new URL('.', import.meta.url).pathname;

await rm(outdir, { recursive: true, force: true });
await mkdir(join(outdir, 'assets'), { recursive: true });

const pages = (await readdir(join(here, 'src/pages'))).filter((f) => f.endsWith('.js')).map((f) => join(here, 'src/pages', f));
await esbuild.build({
  entryPoints: [...pages, join(here, 'src/css/portal.css'), join(here, 'src/css/form.css')],
  bundle: true,
  splitting: true,
  format: 'esm',
  target: ['es2022', 'chrome100', 'firefox100', 'safari15'],
  minify: true,
  sourcemap: false,
  legalComments: 'linked',
  outdir: join(outdir, 'assets'),
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  assetNames: 'media/[name]-[hash]',
  loader: { '.svg': 'file', '.woff': 'file', '.woff2': 'file', '.png': 'file' },
  logLevel: 'warning'
});

// {{key}} in a page or partial becomes the Vietnamese text of that message (the page's first language);
// the English toggle swaps the text of elements marked data-i18n at run time.
const partials = {
  header: await readFile(join(here, 'src/partials/header.html'), 'utf8'),
  footer: await readFile(join(here, 'src/partials/footer.html'), 'utf8'),
  resultReturn: await readFile(join(here, 'src/partials/result-return.html'), 'utf8')
};
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fill = (html, file) => html.replace(/\{\{([a-zA-Z0-9_.-]+)\}\}/g, (_, key) => {
  const m = messages[key];
  if (!m) {
    throw new Error(`${file}: no message ${key} in src/js/messages.js`);
  }
  return escape(m.vi);
});
for (const file of (await readdir(join(here, 'src/pages'))).filter((f) => f.endsWith('.html'))) {
  let html = await readFile(join(here, 'src/pages', file), 'utf8');
  html = html.replace('<!--header-->', partials.header).replace('<!--footer-->', partials.footer)
    .replace('<!--result-return-->', partials.resultReturn);
  await writeFile(join(outdir, file), fill(html, file));
}
console.log(`portal built into ${outdir}`);
