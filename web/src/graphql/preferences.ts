import { gql } from '@urql/core';
import type { ApiLocale } from './enums.ts';

export interface MyPreferences {
  id: string;
  locale: ApiLocale;
  digestOptIn: boolean;
}

export const MY_PREFERENCES_QUERY = gql<{ me: MyPreferences }, Record<string, never>>`
  query MyPreferences {
    me {
      id
      locale
      digestOptIn
    }
  }
`;

export interface UpdatePreferencesInput {
  locale?: ApiLocale;
  digestOptIn?: boolean;
}

export const UPDATE_MY_PREFERENCES = gql<
  { updateMyPreferences: MyPreferences },
  { input: UpdatePreferencesInput }
>`
  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {
    updateMyPreferences(input: $input) {
      id
      locale
      digestOptIn
    }
  }
`;
