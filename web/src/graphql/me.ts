import { gql } from '@urql/core';
import type { ApiLocale, Role } from './enums.ts';

/** The signed-in user as the app shell needs it (the same shape /auth/login returns). */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  locale: ApiLocale;
  zone: { id: string; name: string } | null;
}

export interface MeResult {
  me: SessionUser;
}

export const ME_QUERY = gql<MeResult, Record<string, never>>`
  query Me {
    me {
      id
      email
      displayName
      role
      locale
      zone {
        id
        name
      }
    }
  }
`;
