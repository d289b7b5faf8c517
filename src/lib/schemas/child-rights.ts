import { z } from 'zod';
import { goalNumber } from './common.ts';

/**
 * Front matter of `content/child-rights/artikel-<n>.md`: one article of the UN Convention on
 * the Rights of the Child. The Markdown body may explain what it means for the municipality.
 */
export const childRightsSchema = z
  .object({
    /** The article's number; must match the file name. */
    article: z.number().int().min(1).max(54),
    /** The short text, as in the memo. Example: "Alla barn har samma rättigheter och lika värde" */
    shortText: z.string().min(5),
    /** The official Swedish text of the article, word for word. */
    officialText: z.string().min(10),
    /** Where the official text comes from, e.g. "Lag (2018:1197) om Förenta nationernas konvention om barnets rättigheter". */
    source: z.string().min(5),
    /** A link to the official text. */
    sourceUrl: z.url(),
    /** The goals the article is linked to, and whether the memo stresses the link ("särskilt"). */
    goals: z
      .array(
        z
          .object({
            goal: goalNumber,
            /** true where the memo says "särskilt" (especially). */
            especially: z.boolean().default(false),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type ChildRightsMeta = z.output<typeof childRightsSchema>;
