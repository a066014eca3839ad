// The feed studio page (docs/feed-studio.html): hands the files given to a worker, shows its
// progress and the problems it finds with links to the help, previews the feed in the real widgets
// and offers it for download. Nothing is sent anywhere.
import { idFrom } from '@scorecard-kit/core/feed';
import { SHEET_HELP, SHEETS, type SheetName } from '../sheets.js';
import { councilLabel, councilsByName, findCouncil } from '../starter/council.js';
import type { StarterData } from '../starter/data.js';
import { DEMO_SITE_BOUNDARIES as BOUNDARIES } from '../starter/demo-site.js';
import { starterFeed } from '../starter/feed.js';
import type { FromWorker, StudioProblem } from './protocol.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};

const WORKER_URL = new URL('feed-studio-worker.js', import.meta.url).href;
const tt = (
  globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(u: string): string }): { createScriptURL(u: string): string } } }
).trustedTypes;
let policy: { createScriptURL(u: string): string } | undefined;

/**
 * The worker's address, through a Trusted Types policy where the page's CSP requires one. A page
 * may create a policy name only once, so it is made on first use (and a CSP that forbids it shows
 * as a failed read, not a dead page).
 */
function workerUrl(): string {
  policy ??= tt?.createPolicy('scorecard-kit-studio', {
    createScriptURL: (u) => {
      if (u !== WORKER_URL) throw new TypeError(`The feed studio only starts its own worker, not ${u}.`);
      return u;
    },
  });
  return policy?.createScriptURL(WORKER_URL) ?? WORKER_URL;
}

/** The help for every sheet and column, written from the same table the command line uses. */
function renderHelp() {
  const host = $('help-sheets');
  for (const [sheet, columns] of Object.entries(SHEETS) as [SheetName, readonly string[]][]) {
    const help = SHEET_HELP[sheet];
    const list = el('dl', { className: 'studio-help' });
    for (const column of columns) {
      list.append(el('dt', { id: `help-${sheet}-${column}`, tabIndex: -1 }, column), el('dd', {}, help.columns[column] ?? ''));
    }
    host.append(el('h3', { id: `help-${sheet}`, tabIndex: -1 }, `The ${sheet} sheet`), el('p', {}, help.about), list);
  }
}

let worker: Worker | null = null;
let download: string | null = null;
/** A big feed waiting for its preview to be asked for. */
let pending: string | null = null;
/** The council's starter feed (JSON) a workbook is added to, once the analyst has begun from one. */
let base: { name: string; json: string } | null = null;
/** Feeds larger than this (in characters of JSON) are previewed only when asked. */
const PREVIEW_AT_ONCE = 5_000_000;

function problemItem(p: StudioProblem): HTMLLIElement {
  return el('li', {}, el('a', { href: `#${p.help}` }, el('code', {}, p.at)), `: ${p.message}`);
}

function show(m: Extract<FromWorker, { type: 'done' }>) {
  $('progress-line').hidden = true;
  const problems = $('problems');
  const result = $('result');
  const preview = $('preview');
  problems.hidden = m.errors.length === 0;
  result.hidden = m.json === null;
  preview.hidden = m.json === null;
  $('problem-list').replaceChildren(...m.errors.map(problemItem));
  if (m.errors.length) {
    $('status').textContent =
      `${m.read}: ${m.errors.length === 1 ? '1 problem' : `${m.errors.length.toLocaleString('en-GB')} problems`} to fix. No feed was made.`;
    problems.focus();
    return;
  }
  const c = m.counts!;
  $('result-summary').textContent =
    `Made from ${m.read}: ${c.indicators.toLocaleString('en-GB')} indicators, ${c.periods} periods and ${c.figures.toLocaleString('en-GB')} figures.`;
  const notes = $('result-notes');
  notes.hidden = !m.notes?.length;
  notes.replaceChildren(...(m.notes ?? []).map((n) => el('li', {}, n)));
  const warnings = $<HTMLDetailsElement>('warnings');
  warnings.hidden = m.warnings.length === 0;
  $('warnings-summary').textContent = `${m.warnings.length === 1 ? '1 thing' : `${m.warnings.length} things`} the widgets will leave out or ignore`;
  $('warning-list').replaceChildren(...m.warnings.map(problemItem));
  if (download) URL.revokeObjectURL(download);
  download = URL.createObjectURL(new Blob([m.json!], { type: 'application/json' }));
  const link = $<HTMLAnchorElement>('download');
  link.href = download;
  link.download = `${m.read.replace(/\.(xlsx|json)$/i, '').replace(/^\d+ CSV files?$/, 'feed')}.json`;
  link.textContent = `Download the feed (${link.download}, ${(m.json!.length / 1024).toFixed(0)} KB)`;
  // A feed of millions of figures would hold the page up while the widgets read it: that preview waits to be asked for.
  const big = m.json!.length > PREVIEW_AT_ONCE;
  $('preview-ask').hidden = !big;
  $('preview-widgets').hidden = big;
  if (big) preview.hidden = false;
  else $<HTMLElement & { feed: unknown }>('preview-feed').feed = m.json;
  const groups = m.breakdowns ?? [];
  $('preview-breakdowns-heading').hidden = groups.length === 0;
  $('preview-breakdowns').replaceChildren(...groups.map((b) => Object.assign(document.createElement('sc-breakdown'), b)));
  pending = big ? m.json : null;
  $('status').textContent =
    `${m.read}: the feed is ready${m.warnings.length ? `, with ${m.warnings.length === 1 ? 'a warning' : `${m.warnings.length} warnings`}` : ''}.`;
  result.focus();
}

function read(files: File[]) {
  worker?.terminate();
  $('problems').hidden = true;
  $('result').hidden = true;
  $('preview').hidden = true;
  $('status').textContent = files.length === 1 ? `Reading ${files[0]!.name}…` : `Reading ${files.length} files…`;
  const progress = $<HTMLProgressElement>('progress');
  progress.removeAttribute('value');
  $('progress-sheet').textContent = '';
  $('progress-line').hidden = false;
  let w: Worker;
  try {
    w = new Worker(workerUrl());
  } catch (e) {
    $('progress-line').hidden = true;
    $('status').textContent =
      `The files could not be read: this page's security policy stopped its reader (${(e as Error).message}). Use npx scorecard-kit build instead.`;
    return;
  }
  worker = w;
  w.addEventListener('message', (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    if (m.type === 'progress') {
      $('progress-sheet').textContent = `the ${m.sheet} sheet: ${m.rows.toLocaleString('en-GB')} rows`;
      if (m.fraction !== undefined) progress.value = m.fraction;
      return;
    }
    w.terminate();
    if (worker === w) worker = null;
    if (m.type === 'done') show(m);
    else {
      $('progress-line').hidden = true;
      $('status').textContent = m.message;
    }
  });
  w.addEventListener('error', (e) => {
    w.terminate();
    if (worker === w) worker = null;
    $('progress-line').hidden = true;
    $('status').textContent = `The files could not be read: ${e.message || 'the reader stopped'}. Try again, or use npx scorecard-kit build.`;
  });
  // A workbook given after a starter is added to it; the starter itself arrives as a feed file.
  w.postMessage(base && !files.some((f) => /\.json$/i.test(f.name)) ? { files, base: base.json } : { files });
}

/** The files of a drop, with a dropped folder's files in place of the folder. */
async function dropped(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items].map((i) => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (!entries.some((e) => e.isDirectory)) return [...data.files];
  const files: File[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) files.push(await new Promise<File>((ok, fail) => (entry as FileSystemFileEntry).file(ok, fail)));
    else {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((ok, fail) => reader.readEntries(ok, fail));
        if (!batch.length) break;
        for (const e of batch) await walk(e);
      }
    }
  };
  for (const e of entries) await walk(e);
  return files;
}

function start() {
  renderHelp();
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('is-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('is-over');
    if (e.dataTransfer) {
      dropped(e.dataTransfer).then(read, (err: unknown) => {
        $('status').textContent =
          `The dropped files could not be opened: ${(err as Error)?.message ?? String(err)}. Try choosing them with the buttons instead.`;
      });
    }
  });
  for (const id of ['files', 'folder']) {
    const input = $<HTMLInputElement>(id);
    input.addEventListener('change', () => {
      read([...(input.files ?? [])]);
      input.value = '';
    });
  }
  $('preview-show').addEventListener('click', () => {
    $('preview-ask').hidden = true;
    $('preview-widgets').hidden = false;
    $<HTMLElement & { feed: unknown }>('preview-feed').feed = pending;
    pending = null;
  });
  void offerStarter();
  $('example').addEventListener('click', async () => {
    $('status').textContent = 'Fetching the example workbook…';
    const res = await fetch(new URL('example-wr4c.xlsx', import.meta.url)).catch(() => null);
    const blob = res?.ok ? await res.blob().catch(() => null) : null;
    if (!blob) {
      $('status').textContent = 'The example workbook could not be fetched from this site.';
      return;
    }
    read([new File([blob], 'example-wr4c.xlsx')]);
  });
}

/** The council chooser: the same starter as the command line's, from the same public data, made here. */
async function offerStarter() {
  const select = $<HTMLSelectElement>('starter-council');
  const note = $('starter-note');
  const res = await fetch(new URL('starter-data.json', import.meta.url)).catch(() => null);
  const data = res?.ok ? ((await res.json().catch(() => null)) as StarterData | null) : null;
  if (!data) {
    note.hidden = false;
    note.textContent = "The councils' public figures could not be fetched from this site.";
    return;
  }
  select.append(...councilsByName(data).map((c) => el('option', { value: c.code, textContent: councilLabel(c) })));
  $('starter').addEventListener('click', () => {
    const found = findCouncil(data, select.value);
    note.hidden = false;
    if (!('council' in found)) {
      note.textContent = 'Choose a council first.';
      select.focus();
      return;
    }
    // The map's boundaries as this site serves them (the command line writes them beside the feed instead).
    const json = JSON.stringify(starterFeed(data, found.council, { boundaries: BOUNDARIES }));
    base = { name: found.council.name, json };
    note.textContent = `Begun from ${found.council.name}'s public figures. A workbook you give now adds its indicators to them. The feed's map reads the council boundaries from ${BOUNDARIES}, as this site does; npx scorecard-kit starter writes them beside the feed.`;
    read([new File([json], `${idFrom(found.council.name)}-public-figures.json`)]);
  });
}

start();
