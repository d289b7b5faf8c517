/**
 * Series breaks (serieavbrott): the period from which a series is measured differently (a new
 * survey question, a new definition), so that the values before and after are not quite
 * comparable. Staff mark one in the `note` of that period's row; the charts then break the line
 * there, draw a mark, and say so in words.
 *
 * The convention (the README's publishing guide says it to staff): a note that *begins* with
 * "serieavbrott", "tidsseriebrott", "ny", "nytt", "ändrad" or "ändrat" – "ny enkätfråga från 2021", "Ny
 * definition från 2024", "Serieavbrott: ändrad beräkning". A note that only mentions something
 * new later in the sentence ("enkäten besvarades digitalt för första gången") is an ordinary note.
 */
const BREAK_START = /^(serieavbrott|tidsseriebrott|ny|nytt|ändrad|ändrat)(\b|[\s:–-])/i;

/** Whether a row's note marks a series break. */
export function isSeriesBreak(note: string | undefined): boolean {
  return note !== undefined && BREAK_START.test(note.trim());
}
