import { useEffect, useRef } from 'preact/hooks';

/** Shown in place of the form once the post is stored: the reference code and what happens next. */
export function Confirmation({
  refCode,
  what,
  next,
  level = 3,
}: {
  refCode: string;
  what: string;
  next: string;
  /** The heading level of the form it replaces. */
  level?: 2 | 3 | undefined;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const Title = level === 2 ? 'h2' : 'h3';
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="sf-done" role="status">
      <Title ref={heading} tabIndex={-1}>
        Thank you: we received your {what}
      </Title>
      <p>
        Your reference code is <strong class="sf-ref">{refCode}</strong>. Keep it if you want to ask
        us about your {what}.
      </p>
      <p>{next}</p>
    </div>
  );
}
