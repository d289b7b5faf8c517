import { z } from 'zod';
import { goalNumber, WEB_PROTOCOL } from './common.ts';

/**
 * Front matter of `content/child-rights/artikel-<n>.md`: one article of the UN Convention on
 * the Rights of the Child. The Markdown body may explain what it means for the municipality.
 */
export const childRightsSchema = z
  .object({
    /** The article's number; must match the file name. Example: `article: 3` in `artikel-3.md` */
    article: z.number().int().min(1).max(54),
    /** The short text, as in the memo. Example: "Alla barn har samma rättigheter och lika värde" */
    shortText: z.string().min(5),
    /**
     * The official Swedish text of the article, word for word. Example:
     * ```yaml
     * officialText: |
     *   1. Vid alla åtgärder som rör barn … ska i första hand beaktas vad som bedöms vara barnets bästa.
     * ```
     */
    officialText: z.string().min(10),
    /** Where the official text comes from. Example: `source: Lag (2018:1197) om Förenta nationernas konvention om barnets rättigheter` */
    source: z.string().min(5),
    /** A link to the official text. Example: `sourceUrl: https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-20181197-om-forenta-nationernas-konvention_sfs-2018-1197/` */
    sourceUrl: z.url({ protocol: WEB_PROTOCOL }),
    /**
     * The goals the article is linked to, and whether the memo stresses the link ("särskilt"). Example:
     * ```yaml
     * goals:
     *   - goal: 2
     *     especially: true
     *   - goal: 3
     * ```
     */
    goals: z
      .array(
        z
          .object({
            /** The goal's number, 1–4. Example: `goal: 2` */
            goal: goalNumber,
            /** true where the memo says "särskilt" (especially); leave out otherwise. Example: `especially: true` */
            especially: z.boolean().default(false),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type ChildRightsMeta = z.output<typeof childRightsSchema>;
