import { z } from 'zod';
import { dateText } from './common.ts';

/**
 * Front matter of `content/accessibility.md`: the accessibility statement
 * (tillgänglighetsredogörelse) that the law (2018:1937) requires. The Markdown body may add text.
 */
export const accessibilitySchema = z
  .object({
    /** How well the site meets WCAG 2.1 AA: `helt förenlig`, `delvis förenlig` or `inte förenlig`. Example: `compliance: delvis förenlig` */
    compliance: z.enum(['helt förenlig', 'delvis förenlig', 'inte förenlig'], { error: 'Skriv compliance: helt förenlig, delvis förenlig eller inte förenlig.' }),
    /** The day the site was last assessed. Example: `assessed: 2026-11-27` */
    assessed: dateText,
    /** The day this statement was last updated. Example: `updated: 2026-11-27` */
    updated: dateText,
    /** How it was assessed, in plain Swedish. Example: `method: Egen granskning med automatiska tester och skärmläsare.` */
    method: z.string().min(10),
    /**
     * Content that is not accessible, each with the reason. Empty when none is known. Example:
     * ```yaml
     * issues:
     *   - what: Diagrammen i PNG-format
     *     why: Bilderna saknar textalternativ; samma värden finns i tabellen under diagrammet.
     * ```
     */
    issues: z
      .array(
        z
          .object({
            /** What is not accessible. Example: `what: Diagrammen i PNG-format` */
            what: z.string().min(3),
            /** Why, and what to do instead. Example: `why: Samma värden finns i tabellen under diagrammet.` */
            why: z.string().min(3),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type AccessibilityMeta = z.output<typeof accessibilitySchema>;
