/**
 * `/data/indikatorer/<id>.json`: one indicator's metadata, observations and assessment with every
 * input the method used. Every indicator gets one, also one without data ("Underlag saknas"): its
 * metadata and the assessment are worth having. Field names follow docs/data-contract.md.
 */
import type { IndicatorAssessment } from '../assessment.ts';
import { attribution } from '../citation.ts';
import { methodBasis, type MethodBasis } from '../method-status.ts';
import type { Indicator } from '../model.ts';
import { absoluteUrl, DOWNLOAD, PAGE } from '../paths.ts';
import { EXAMPLE_LABEL, hasData, type ExportContext } from './context.ts';
import { finiteOrNull } from './csv.ts';

/** Absolute URLs of an indicator's downloads: the JSON always, the tables and charts when it has data. */
export function indicatorDownloads(ind: Indicator, site: string): { json: string; csv?: string; excelCsv?: string; svg?: string; png?: string } {
  return {
    json: absoluteUrl(site, DOWNLOAD.indicatorJson(ind.id)),
    ...(hasData(ind) && {
      csv: absoluteUrl(site, DOWNLOAD.indicatorCsv(ind.id)),
      excelCsv: absoluteUrl(site, DOWNLOAD.indicatorExcelCsv(ind.id)),
      svg: absoluteUrl(site, DOWNLOAD.indicatorSvg(ind.id)),
      png: absoluteUrl(site, DOWNLOAD.indicatorPng(ind.id)),
    }),
  };
}

const RELATIVE_CHANGE_INFINITE_NOTE =
  'Den relativa förändringen kan inte anges som tal: medianen av värdenas belopp i fönstret är 0 medan trenden inte är 0 (steg 7 i metoden, se /metod/). Den räknas som oändligt stor i trendens riktning.';

/** The method's standing as the downloads give it: `proposed`, or `adopted` with the decision's id. */
export function methodJson(m: MethodBasis) {
  return { status: m.status, name: m.name, ...(m.decision && { decision: m.decision.id }) };
}

/**
 * The comparison areas' values, or null without any: the areas in the settings' order, one row per
 * period, area and gender, and the attribution they are published under ("Källa: Kolada" only for
 * Kolada's own figures, never for example data or anything the site computed).
 */
function comparisonsJson(ind: Indicator) {
  if (ind.comparisons.length === 0) return null;
  return {
    attribution: ind.data.example ? `${EXAMPLE_LABEL}.` : attribution(ind),
    areas: ind.comparisons.map((c) => ({ id: c.area.id, name: c.area.name })),
    observations: ind.comparisons
      .flatMap((c) => c.observations.map((o) => ({ period: o.period, area: c.area.id, gender: o.gender, value: finiteOrNull(o.value) })))
      .sort((a, b) => a.period.time - b.period.time)
      .map((o) => ({ ...o, period: o.period.key })),
  };
}

/**
 * `/data/indikatorer/<id>.json`. The page writes it with `JSON.stringify(value, null, 2)`.
 * Field names follow docs/data-contract.md; `relativeChange` is null instead of ±Infinity (JSON has no
 * infinity), with `relativeChangeNote` and `relativeChangeSign` saying what it was.
 */
export function indicatorJson(ind: Indicator, assessment: IndicatorAssessment, ctx: ExportContext) {
  const m = ind.data;
  const r = assessment.relativeChange;
  const infinite = typeof r === 'number' && !Number.isFinite(r) && !Number.isNaN(r);
  const decision = m.target?.decision ? ctx.project.decisions.find((d) => d.id === m.target?.decision) : undefined;
  return {
    id: ind.id,
    title: m.title,
    unit: m.unit,
    direction: m.direction,
    goal: m.goal,
    subgoal: m.subgoal,
    area: m.area,
    ...(m.target && {
      target: {
        value: m.target.value,
        year: m.target.year,
        kind: m.target.kind,
        // An example decision is no decision: say so beside its id.
        ...(m.target.decision && { decision: m.target.decision, decisionExample: decision?.data.example ?? false }),
        ...(m.target.basis && { basis: m.target.basis }),
      },
    }),
    definition: m.definition ?? null,
    source: { name: m.source.name, ...(m.source.kpi && { kpi: m.source.kpi }), ...(m.source.url && { url: m.source.url }) },
    responsible: m.responsible ?? null,
    childRights: [...m.childRights],
    example: m.example,
    ...(m.example && { exampleNote: `${EXAMPLE_LABEL}.` }),
    licence: { name: ctx.project.settings.licence.name, url: ctx.project.settings.licence.url },
    url: absoluteUrl(ctx.site, PAGE.indicator(ind.id)),
    downloads: indicatorDownloads(ind, ctx.site),
    lastModified: ctx.lastModified.get(ind.id)?.text ?? null,
    observations: (ind.series?.observations ?? []).map((o) => ({
      period: o.period.key,
      gender: o.gender,
      value: finiteOrNull(o.value),
      ...(o.note !== undefined && o.note !== '' && { note: o.note }),
    })),
    comparisons: comparisonsJson(ind),
    assessment: {
      method: methodJson(methodBasis(ctx.project.settings.method, ctx.project.decisions)),
      status: assessment.status,
      label: assessment.label,
      reason: assessment.reason,
      stale: assessment.stale,
      referenceTime: assessment.referenceTime,
      latest: assessment.latest ? { period: assessment.latest.period.key, time: assessment.latest.period.time, value: assessment.latest.value } : null,
      window: assessment.window ? { from: assessment.window.from.time, to: assessment.window.to.time, fromPeriod: assessment.window.from.key, toPeriod: assessment.window.to.key } : null,
      count: assessment.count,
      slope: finiteOrNull(assessment.slope),
      relativeChange: finiteOrNull(r),
      ...(infinite && { relativeChangeSign: (r as number) > 0 ? 1 : -1, relativeChangeNote: RELATIVE_CHANGE_INFINITE_NOTE }),
      fittedLatest: finiteOrNull(assessment.fittedLatest),
      projection: finiteOrNull(assessment.projection),
      // T*, the end of the target year in the series' own kind, is the time the target rules use.
      target: assessment.target
        ? {
            value: assessment.target.value,
            year: assessment.target.year,
            ...(assessment.targetPeriod && { period: assessment.targetPeriod.key, time: assessment.targetPeriod.time }),
          }
        : null,
    },
  };
}

export type IndicatorJson = ReturnType<typeof indicatorJson>;
