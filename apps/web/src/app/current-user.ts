import type { CurrentUser } from '@vigil/contracts';
import { createContext } from 'react';

/** Set by `RequireSession` once the session is known; read through `useCurrentUser()`. */
export const CurrentUserContext = createContext<CurrentUser | null>(null);
