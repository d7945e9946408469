// The RAG rule engine (DESIGN.md §6): pure functions, no I/O and no clock.
export { addDays, daysBetween, isIsoDate, isIsoWeek, isoWeekOf, mondayOfIsoWeek } from './calendar';
export { evaluateRag, isMilestoneReason } from './evaluate-rag';
export type { RagInput, RagMilestone, RagReason, RagResult } from './rag-types';
export { DEFAULT_RAG_RULES, type RagRules, resolveRagRules } from './rules';
export { shanghaiDate, shanghaiIsoWeek } from './shanghai-clock';
