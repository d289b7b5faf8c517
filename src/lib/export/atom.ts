/**
 * The Atom 1.0 feed at `/feed.xml` (RFC 4287): one entry per published follow-up (extra ones
 * too), one per indicator whose data file changed (the date of the last change, from git, when
 * known), and one per change of status in an activity's monthly log (the first entry counts as a
 * change), dated the first day of that month.
 *
 * Deterministic: every date comes from the content (a follow-up's `published`) or from the build
 * context (`lastModified`, `buildDate`); the feed's `updated` is its newest entry's, and only a
 * feed without entries falls back to the build date. Dates are days, written as midnight UTC.
 *
 * Ids never change for the same thing: a follow-up's id is its page URL; a data update's id is a
 * tag URI (RFC 4151) naming the indicator and the day, so a new change gives a new entry; a status
 * change's id is a tag URI naming the activity and the month.
 */
import { ACTIVITY_STATUS } from '../activity.ts';
import { rfc3339 } from '../date.ts';
import { listWords } from '../format.ts';
import { firstParagraph } from '../markdown-text.ts';
import { absoluteUrl, DOWNLOAD, PAGE } from '../paths.ts';
import { periodLabel } from '../period.ts';
import { xmlAttr, xmlText } from '../xml.ts';
import { EXAMPLE_LABEL, hasData, SITE_NAME, type ExportContext } from './context.ts';
import { plainNumber } from './csv.ts';

export type FeedCategory = 'uppfoljning' | 'data' | 'handlingsplan';
const CATEGORY_LABEL: Record<FeedCategory, string> = { uppfoljning: 'Uppföljning', data: 'Nya uppgifter', handlingsplan: 'Handlingsplan' };

export interface FeedEntry {
  id: string;
  title: string;
  /** RFC 3339, e.g. 2024-05-15T00:00:00Z */
  updated: string;
  /** Absolute URL of the page the entry is about. */
  link: string;
  summary: string;
  /** `uppfoljning`, `data` or `handlingsplan`. */
  category: FeedCategory;
  /** Related downloads, absolute URLs with their media type. */
  related?: { href: string; type: string; title: string }[];
}

/** Swedish number for running text: decimal comma, minus sign. */
const swedishNumber = (v: number) => plainNumber(v).replace('.', ',').replace(/^-/, '\u2212');

/** The feed's entries, newest first (ties by id, so the order never depends on the input order). */
export function feedEntries(ctx: ExportContext): FeedEntry[] {
  const { project, site } = ctx;
  const host = new URL(site).hostname;
  const entries: FeedEntry[] = [];

  for (const f of project.followUps) {
    const updated = rfc3339(f.data.published);
    const link = absoluteUrl(site, PAGE.followUp(f.id));
    entries.push({
      id: link,
      title: `${f.label}${f.data.example ? ' (exempel)' : ''}`,
      updated,
      link,
      summary: firstParagraph(f.body) ?? `${project.settings.organisation}s uppföljning ${f.label} är publicerad.`,
      category: 'uppfoljning',
    });
  }

  for (const f of project.extraFollowUps) {
    const link = absoluteUrl(site, PAGE.followUp(f.id));
    entries.push({
      id: link,
      title: `Extra uppföljning: ${f.label}${f.data.example ? ' (exempel)' : ''}`,
      updated: rfc3339(f.data.published),
      link,
      summary: firstParagraph(f.body) ?? `${project.settings.organisation} har publicerat en extra uppföljning av ${listWords(f.goals.map((n) => `mål ${n}`))}.`,
      category: 'uppfoljning',
    });
  }

  for (const a of project.activities) {
    const m = a.data;
    m.log.forEach((e, i) => {
      if (i > 0 && m.log[i - 1]!.status === e.status) return;
      const label = ACTIVITY_STATUS[e.status].label;
      entries.push({
        id: `tag:${host},${e.month.text}:handlingsplan/${a.id}`,
        title: `${m.title}: ${i === 0 ? label.toLowerCase() : `nu ${label.toLowerCase()}`}${m.example ? ' (exempel)' : ''}`,
        updated: rfc3339(e.month),
        link: absoluteUrl(site, PAGE.activity(a.id)),
        summary: `Handlingsplanen, ${e.month.text}: ${label}. ${e.comment}${m.example ? ` ${EXAMPLE_LABEL}: aktiviteten är ett exempel.` : ''}`,
        category: 'handlingsplan',
      });
    });
  }

  for (const ind of project.indicators) {
    const day = ctx.lastModified.get(ind.id);
    if (!day || !hasData(ind)) continue;
    const updated = rfc3339(day);
    const latest = ctx.assessments.get(ind.id)?.latest ?? null;
    const latestText = latest ? ` Senaste värde: ${swedishNumber(latest.value)} ${ind.data.unit} (${periodLabel(latest.period)}).` : '';
    entries.push({
      id: `tag:${host},${day.text}:indikatorer/${ind.id}`,
      title: `Nya uppgifter: ${ind.data.title}${ind.data.example ? ' (exempel)' : ''}`,
      updated,
      link: absoluteUrl(site, PAGE.indicator(ind.id)),
      summary: `Uppgifterna för indikatorn ändrades ${day.text}.${latestText}${ind.data.example ? ` ${EXAMPLE_LABEL}.` : ''}`,
      category: 'data',
      related: [
        { href: absoluteUrl(site, DOWNLOAD.indicatorCsv(ind.id)), type: 'text/csv', title: 'CSV' },
        { href: absoluteUrl(site, DOWNLOAD.indicatorJson(ind.id)), type: 'application/json', title: 'JSON' },
      ],
    });
  }

  return entries.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** `/feed.xml`. */
export function atomFeed(ctx: ExportContext): string {
  const { project, site } = ctx;
  const s = project.settings;
  const entries = feedEntries(ctx);
  const updated = entries[0]?.updated ?? rfc3339(ctx.buildDate);
  const feedUrl = absoluteUrl(site, DOWNLOAD.feed);

  const entryXml = (e: FeedEntry) =>
    [
      '  <entry>',
      `    <id>${xmlText(e.id)}</id>`,
      `    <title>${xmlText(e.title)}</title>`,
      `    <updated>${e.updated}</updated>`,
      `    <published>${e.updated}</published>`,
      `    <link rel="alternate" type="text/html" href="${xmlAttr(e.link)}"/>`,
      ...(e.related ?? []).map((r) => `    <link rel="related" type="${xmlAttr(r.type)}" title="${xmlAttr(r.title)}" href="${xmlAttr(r.href)}"/>`),
      `    <category term="${e.category}" label="${CATEGORY_LABEL[e.category]}"/>`,
      `    <summary type="text">${xmlText(e.summary)}</summary>`,
      '  </entry>',
    ].join('\n');

  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">',
    `  <id>${xmlText(feedUrl)}</id>`,
    `  <title>${xmlText(`${SITE_NAME} – ${s.organisation}`)}</title>`,
    `  <subtitle>${xmlText(`Nya uppföljningar av målen, nya uppgifter för indikatorerna och ändrad status för handlingsplanens aktiviteter i ${s.organisation}s måluppföljning.`)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlAttr(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlAttr(absoluteUrl(site, '/'))}"/>`,
    `  <updated>${updated}</updated>`,
    '  <author>',
    `    <name>${xmlText(s.organisation)}</name>`,
    `    <uri>${xmlText(s.homepage)}</uri>`,
    '  </author>',
    ...entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
