import { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { fromCombinedError, isUnauthenticated } from './errors.ts';

function graphqlFailure(extensions: Record<string, unknown>, message = 'failed'): CombinedError {
  return new CombinedError({ graphQLErrors: [{ message, extensions }] });
}

describe('fromCombinedError', () => {
  it('keeps the code, the message and the details of the first error', () => {
    const error = graphqlFailure({ code: 'CONFLICT', details: { existingLeadId: '59' } }, 'already chased');
    expect(fromCombinedError(error)).toEqual({
      code: 'CONFLICT',
      message: 'already chased',
      details: { existingLeadId: '59' },
    });
  });

  it('counts an unknown code as INTERNAL', () => {
    expect(fromCombinedError(graphqlFailure({ code: 'BAD_USER_INPUT' })).code).toBe('INTERNAL');
  });

  it('counts a failure without a GraphQL error as NETWORK', () => {
    expect(fromCombinedError(new CombinedError({ networkError: new Error('offline') }))).toEqual({
      code: 'NETWORK',
    });
  });
});

describe('isUnauthenticated', () => {
  it('spots an UNAUTHENTICATED error among others', () => {
    expect(isUnauthenticated(graphqlFailure({ code: 'UNAUTHENTICATED' }))).toBe(true);
    expect(isUnauthenticated(graphqlFailure({ code: 'FORBIDDEN' }))).toBe(false);
  });
});
