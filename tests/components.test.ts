import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import Status from '../src/components/Status.astro';
import Breadcrumbs from '../src/components/Breadcrumbs.astro';
import ExampleNotice from '../src/components/ExampleNotice.astro';
import ActivityStatus from '../src/components/ActivityStatus.astro';
import ActivityCounts from '../src/components/ActivityCounts.astro';
import { countStatuses, SHOWN_ACTIVITY_STATUSES } from '../src/lib/activity.ts';
import { INDICATOR_STATUSES, ROLLUP_STATUSES } from '../src/lib/assessment.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('Status', () => {
  test.each([...INDICATOR_STATUSES, ...ROLLUP_STATUSES])('%s is shown with an icon and words, never colour alone', async (status) => {
    const html = await container.renderToString(Status, { props: { status } });
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
    const words = html.replace(/<[^>]+>/g, '').trim();
    expect(words.length).toBeGreaterThan(3);
  });

  test('missing data has its own tone, different from partly fulfilled', async () => {
    const none = await container.renderToString(Status, { props: { status: 'insufficient-data' } });
    const partly = await container.renderToString(Status, { props: { status: 'partly-fulfilled' } });
    expect(none).toContain('status--none');
    expect(none).toContain('Underlag saknas');
    expect(partly).toContain('status--mid');
    expect(partly).toContain('Uppfylls delvis');
  });

  test('a kind label names what the badge is', async () => {
    const html = await container.renderToString(Status, { props: { status: 'met', kind: 'Bedömd' } });
    expect(html).toContain('<span class="status-kind">Bedömd</span>');
  });

  test('the kind line and the status are separate words for the search index and copied text', async () => {
    // Pagefind reads spans as inline text: without a space it indexes "bedömningsprincipFörbättras".
    const words = (html: string) => html.replace(/<[^>]+>/g, '');
    expect(words(await container.renderToString(Status, { props: { status: 'improving', kind: 'Beräknad' } }))).toBe('Beräknad Förbättras');
    expect(words(await container.renderToString(Status, { props: { status: 'met', example: true } }))).toBe('Exempel Uppnått');
    expect(words(await container.renderToString(ActivityStatus, { props: { status: 'done', kind: 'Status i dag' } }))).toBe('Status i dag Klar');
  });
});

describe('Breadcrumbs', () => {
  test('start is linked, the current page is marked and not linked', async () => {
    const html = await container.renderToString(Breadcrumbs, { props: { items: [{ label: 'Mål 2', href: '/mal/2/' }, { label: 'Behörighet' }] } });
    expect(html).toContain('aria-label="Du är här"');
    expect(html).toContain('<a href="/">Start</a>');
    expect(html).toContain('<a href="/mal/2/">Mål 2</a>');
    expect(html).toMatch(/<span aria-current="page">Behörighet<\/span>/);
  });
});

describe('ExampleNotice', () => {
  test('says plainly, in one line, that the data is not official statistics, and links to the explanation', async () => {
    const html = await container.renderToString(ExampleNotice, { props: { compact: true } });
    expect(html).toContain('Exempeldata – inte officiell statistik');
    expect(html).toContain('role="note"');
    expect(html).toContain('href="#om-exempeldata"');
    // A page with real values and example comments says so in the same line.
    const real = await container.renderToString(ExampleNotice, { props: { compact: true, line: 'värdena är verkliga, kommentarerna från uppföljningarna är exempel' } });
    expect(real).toMatch(/Exempeldata – inte officiell statistik<\/strong><\/a>: värdena är verkliga/);
  });

  test('the explanation is the link’s target, with what the page shows as examples', async () => {
    const html = await container.renderToString(ExampleNotice, { props: { what: 'Värdena är exempeldata' } });
    expect(html).toContain('id="om-exempeldata"');
    expect(html).toContain('Värdena är exempeldata. Exempelvärden visar');
    expect(html).toContain('inte officiell statistik');
  });
});

describe('ActivityStatus', () => {
  const render = (status: (typeof SHOWN_ACTIVITY_STATUSES)[number]) => container.renderToString(ActivityStatus, { props: { status } });
  const icon = (html: string) => /<svg[^>]*>([\s\S]*?)<\/svg>/.exec(html)?.[1];

  test.each(SHOWN_ACTIVITY_STATUSES)('%s is shown with a hidden symbol and words, never colour alone', async (status) => {
    const html = await render(status);
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
    expect(html.replace(/<[^>]+>/g, '').trim().length).toBeGreaterThan(3);
  });

  test('every status has its own symbol, so "ej uppföljd" never looks like "ej påbörjad" or "pågår"', async () => {
    const icons = await Promise.all(SHOWN_ACTIVITY_STATUSES.map(async (s) => icon(await render(s))));
    expect(new Set(icons).size).toBe(SHOWN_ACTIVITY_STATUSES.length);
    const notFollowedUp = await render('not-followed-up');
    expect(notFollowedUp).toContain('status--none');
    expect(notFollowedUp).toContain('Ej uppföljd');
    expect(await render('in-progress')).toContain('status--good');
  });

  test('counts leave out statuses with no activity and name what they count', async () => {
    const html = await container.renderToString(ActivityCounts, { props: { counts: countStatuses([{ status: 'done' }, { status: 'done' }]), label: 'Mål 2' } });
    expect(html).toContain('aria-label="Mål 2: 2 aktiviteter: 2 klar."');
    expect(html).not.toContain('Pågår');
    expect(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()).toBe('2 Klar');
  });
});
