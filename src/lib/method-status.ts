/**
 * Whether the assessment method is a proposal or adopted, in the one wording every computed
 * assessment carries: on pages (the kind line above a computed status, a table's column), in
 * the JSON downloads and in the table of assessments.
 *
 * The memo on the updated ambition level (2022) asks for "en gemensam princip för bedömning" but
 * decides none; this site's method is a proposal for it until `method` in `content/settings.yaml`
 * names the decision that adopted it (checked in `project/rules.ts`).
 */
import { citeDecision } from './decision.ts';
import type { Entry } from './model.ts';
import type { DecisionMeta } from './schemas/decision.ts';
import type { MethodStatus } from './schemas/settings.ts';

export interface MethodBasis {
  status: MethodStatus['status'];
  /** The decision that adopted the method; null while it is proposed. */
  decision: Entry<DecisionMeta> | null;
  /** "förslag till gemensam bedömningsprincip", or "gemensam bedömningsprincip, antagen KS 2026-03-04 § 45". */
  name: string;
  /** The label of a computed assessment: "Beräknad enligt förslag till gemensam bedömningsprincip". */
  computed: string;
}

/** The proposal's name, as the memo words what it asks for. */
export const PROPOSED_METHOD_NAME = 'förslag till gemensam bedömningsprincip';

/**
 * The method's standing from the settings and the decisions. A decision the settings name but the
 * project lacks is reported by the validation; should one reach here, the method counts as
 * proposed, so nothing is ever called decided without its decision.
 */
export function methodBasis(method: MethodStatus, decisions: readonly Entry<DecisionMeta>[]): MethodBasis {
  const decision = method.status === 'adopted' ? (decisions.find((d) => d.id === method.decision && d.data.status === 'adopted' && !d.data.example) ?? null) : null;
  const name = decision ? `gemensam bedömningsprincip, antagen ${citeDecision(decision.data)}` : PROPOSED_METHOD_NAME;
  return { status: decision ? 'adopted' : 'proposed', decision, name, computed: `Beräknad enligt ${name}` };
}
