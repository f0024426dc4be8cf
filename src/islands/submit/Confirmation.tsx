import { useEffect, useRef } from 'preact/hooks';

/** Shown in place of the form once the post is stored: the reference code and what happens next. */
export function Confirmation({
  refCode,
  what,
  next,
}: {
  refCode: string;
  what: string;
  next: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class="sf-done" role="status">
      <h3 ref={heading} tabIndex={-1}>
        Thank you: we received your {what}
      </h3>
      <p>
        Your reference code is <strong class="sf-ref">{refCode}</strong>. Keep it if you want to ask
        us about your {what}.
      </p>
      <p>{next}</p>
    </div>
  );
}
