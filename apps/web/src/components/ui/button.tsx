import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger' | 'link';
export type ButtonSize = 'sm' | 'md' | 'lg';

interface ButtonStyle {
  variant?: ButtonVariant;
  size?: ButtonSize;
  block?: boolean;
  iconOnly?: boolean;
}

const buttonClass = (
  { variant = 'secondary', size = 'md', block, iconOnly }: ButtonStyle,
  extra?: string,
) =>
  [
    'button',
    `button--${variant}`,
    size === 'md' ? '' : `button--${size}`,
    block ? 'button--block' : '',
    iconOnly ? 'button--icon' : '',
    extra ?? '',
  ]
    .filter(Boolean)
    .join(' ');

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> &
  ButtonStyle & {
    /** Shows a spinner, keeps the label for width, and blocks repeated submits. */
    loading?: boolean;
    icon?: ReactNode;
  };

export const Button = ({
  variant,
  size,
  block,
  iconOnly,
  loading = false,
  icon,
  className,
  disabled,
  children,
  type = 'button',
  onClick,
  ...props
}: ButtonProps) => (
  <button
    type={type}
    className={buttonClass({ variant, size, block, iconOnly }, className)}
    disabled={disabled}
    // aria-disabled rather than disabled while busy: a disabled button drops the keyboard focus.
    aria-disabled={loading || undefined}
    aria-busy={loading || undefined}
    onClick={(event) => {
      if (loading) event.preventDefault();
      else onClick?.(event);
    }}
    {...props}
  >
    {loading ? <span className="spinner" aria-hidden="true" /> : icon}
    {children}
  </button>
);

export type ButtonLinkProps = LinkProps & ButtonStyle & { icon?: ReactNode };

export const ButtonLink = ({
  variant,
  size,
  block,
  iconOnly,
  icon,
  className,
  children,
  ...props
}: ButtonLinkProps) => (
  <Link className={buttonClass({ variant, size, block, iconOnly }, className)} {...props}>
    {icon}
    {children}
  </Link>
);
