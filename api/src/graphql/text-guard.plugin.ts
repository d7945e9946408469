import { type DocumentNode, GraphQLError, Kind, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const NUL = '\u0000';

/** True when a string anywhere in a JSON-like value holds a NUL character. */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (depth > 20 || typeof value !== 'object' || value === null) return false;
  return Object.values(value).some((inner) => holdsNul(inner, depth + 1));
}

/**
 * Whether a document's literals hold a NUL, remembered per document: Yoga's parse cache hands the
 * same DocumentNode to every request with the same query text, so each distinct query is walked once.
 */
const nulInDocument = new WeakMap<DocumentNode, boolean>();

function documentHoldsNul(document: DocumentNode): boolean {
  let found = nulInDocument.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      [Kind.STRING]: (node) => {
        if (node.value.includes(NUL)) found = true;
      },
    });
    nulInDocument.set(document, found);
  }
  return found;
}

/**
 * Refuses text with a NUL character (U+0000) in any argument or variable, with VALIDATION, before any
 * resolver runs. PostgreSQL cannot store it in `text`, so without this guard such input would fail
 * deep in a query as an unexpected error; here it is one clear message for every field at once.
 */
export function useRejectNulText(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (documentHoldsNul(args.document) || holdsNul(args.variableValues)) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError('Text may not contain the NUL character (U+0000).', {
              extensions: { code: 'VALIDATION', http: { status: 400 } },
            }),
          ],
        });
      }
    },
  };
}
