import { Button, ProblemAlert, SignOutIcon } from '../../components/ui';
import { useCurrentUser, useSignOut } from '../../features/auth/queries';
import { useMessages } from '../../i18n';
import { appMessages } from '../messages';
import { RoleBadge } from '../role-badge';

/** Top bar: who is signed in, as what, and the way out. */
export const Account = () => {
  const user = useCurrentUser();
  const signOut = useSignOut();
  const t = useMessages(appMessages);
  const name = user.displayName ?? user.email;
  return (
    <div className="account">
      <div className="account__who">
        <span className="account__name" title={user.email}>
          {name}
        </span>
        {user.displayName ? <span className="account__email">{user.email}</span> : null}
      </div>
      <RoleBadge role={user.role} />
      <Button
        variant="secondary"
        size="sm"
        icon={<SignOutIcon />}
        loading={signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        {t.signOut}
      </Button>
      {signOut.isError ? (
        <div className="account__error">
          <ProblemAlert error={signOut.error} action={t.signOut} />
        </div>
      ) : null}
    </div>
  );
};
