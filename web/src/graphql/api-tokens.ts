import { gql } from '@urql/core';
import type { ApiTokenScope } from './enums.ts';

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scope: ApiTokenScope;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

const API_TOKEN_FIELDS = gql`
  fragment ApiTokenFields on ApiToken {
    id
    name
    prefix
    scope
    createdAt
    lastUsedAt
    expiresAt
    revokedAt
  }
`;

export const API_TOKENS_QUERY = gql<{ apiTokens: ApiToken[] }, Record<string, never>>`
  query ApiTokens {
    apiTokens {
      ...ApiTokenFields
    }
  }
  ${API_TOKEN_FIELDS}
`;

export interface CreateApiTokenInput {
  name: string;
  scope: ApiTokenScope;
  expiresInDays?: number | null;
}

export const CREATE_API_TOKEN = gql<
  { createApiToken: { token: string; apiToken: ApiToken } },
  { input: CreateApiTokenInput }
>`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
  ${API_TOKEN_FIELDS}
`;

export const REVOKE_API_TOKEN = gql<{ revokeApiToken: ApiToken }, { id: string }>`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
  ${API_TOKEN_FIELDS}
`;
