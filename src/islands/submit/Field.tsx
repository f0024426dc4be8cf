import type { ComponentChildren, RefObject } from 'preact';

interface FieldProps {
  /** Prefix that makes ids unique when several forms share a page. */
  formId: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  multiline?: boolean;
  /** Makes the field a select of these choices (after an empty "choose" option, `placeholder`). */
  options?: readonly { value: string; label: string }[] | undefined;
  placeholder?: string | undefined;
  type?: 'text' | 'email' | 'url';
  required?: boolean;
  /** Show "(optional)"; by default for every field that is not required. */
  markOptional?: boolean;
  /** For text fields. */
  maxLength?: number | undefined;
  minLength?: number | undefined;
  autoComplete?: string;
  rows?: number;
  children?: ComponentChildren;
}

/** Field messages are written to follow the field's name ("is too short"); shown alone, they start with a capital. */
export const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

/**
 * A labelled input, textarea or select with its hint and error tied to it for assistive
 * technology.
 */
export function Field(props: FieldProps) {
  const id = `${props.formId}-${props.name}`;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  // A select gets the text attributes too: they are undefined there, and undefined is left out.
  const common = {
    id,
    name: props.name,
    required: props.required,
    maxLength: props.maxLength,
    minLength: props.minLength,
    autoComplete: props.autoComplete,
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div class="sf-field">
      <label for={id}>
        {props.label}
        {(props.markOptional ?? !props.required) && <span class="sf-optional"> (optional)</span>}
      </label>
      {props.hint && (
        <p class="sf-hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="sf-error" id={errorId}>
          {sentence(props.error)}
        </p>
      )}
      {props.options ? (
        <select {...common}>
          <option value="">{props.placeholder}</option>
          {props.options.map((o) => (
            <option value={o.value}>{o.label}</option>
          ))}
        </select>
      ) : props.multiline ? (
        <textarea {...common} rows={props.rows ?? 5} />
      ) : (
        <input {...common} type={props.type ?? 'text'} />
      )}
      {props.children}
    </div>
  );
}

/** Hidden from people (off-screen, not focusable, unnamed for screen readers); bots fill it in. */
export function Honeypot({ formId }: { formId: string }) {
  return (
    <div class="sf-trap" aria-hidden="true">
      <label for={`${formId}-website`}>Leave this empty</label>
      <input id={`${formId}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}

/** The consent checkbox, required to publish. */
export function Consent({
  formId,
  error,
  label,
}: {
  formId: string;
  error?: string | undefined;
  label: string;
}) {
  const id = `${formId}-consent`;
  return (
    <div class="sf-field sf-check">
      {error && (
        <p class="sf-error" id={`${id}-error`}>
          {sentence(error)}
        </p>
      )}
      <input
        id={id}
        type="checkbox"
        name="consent"
        required
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <label for={id}>{label}</label>
    </div>
  );
}

/**
 * The end every submission form shares: the optional public name and private email, consent, the
 * honeypot and the send button.
 */
export function ContactAndSend({
  formId,
  errors,
  emailHint,
  consentLabel,
  sendLabel,
  sending,
}: {
  formId: string;
  errors: Record<string, string | undefined>;
  emailHint: string;
  consentLabel: string;
  sendLabel: string;
  sending: boolean;
}) {
  return (
    <>
      <Field
        formId={formId}
        name="name"
        label="Name to show"
        autoComplete="nickname"
        maxLength={60}
        error={errors['name']}
      />
      <Field
        formId={formId}
        name="email"
        type="email"
        label="Email"
        hint={emailHint}
        autoComplete="email"
        maxLength={254}
        error={errors['email']}
      />
      <Consent formId={formId} error={errors['consent']} label={consentLabel} />
      <Honeypot formId={formId} />
      <button type="submit" class="sf-button" disabled={sending}>
        {sending ? 'Sending…' : sendLabel}
      </button>
    </>
  );
}

/**
 * The form element with its heading, intro and the form-level alert, as both submission forms use
 * it. Without JavaScript it posts to `action`; once hydrated `onSend` sends it instead.
 */
export function SubmissionForm({
  formRef,
  formId,
  action,
  enhanced,
  onSend,
  title,
  intro,
  message,
  formError,
  level = 3,
  children,
}: {
  formRef: RefObject<HTMLFormElement>;
  formId: string;
  action: string;
  enhanced: boolean;
  onSend: (form: HTMLFormElement) => void;
  title: string;
  intro: string;
  message?: string | undefined;
  formError?: string | undefined;
  /** The heading level of the form's title: 2 where the form is the page's main part. */
  level?: 2 | 3 | undefined;
  children: ComponentChildren;
}) {
  const Title = level === 2 ? 'h2' : 'h3';
  return (
    <form
      ref={formRef}
      class="sf-form"
      method="post"
      action={action}
      noValidate={enhanced}
      aria-labelledby={`${formId}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        onSend(e.currentTarget);
      }}
    >
      <Title id={`${formId}-title`}>{title}</Title>
      <p class="sf-hint">{intro}</p>
      {message && (
        <p class="sf-alert" role="alert" tabIndex={-1} data-form-error>
          {message}
          {formError ? ` (${formError})` : ''}
        </p>
      )}
      {children}
    </form>
  );
}
