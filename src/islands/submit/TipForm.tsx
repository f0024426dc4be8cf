import { useState } from 'preact/hooks';
import { Confirmation } from './Confirmation';
import { ContactAndSend, Field, SubmissionForm } from './Field';
import { useSubmission } from './use-submission';
import { submissionEndpoint } from '../../lib/paths/submission';

interface Props {
  /** Slug of the article the tip is about; without it the reader picks one from `articles`. */
  article?: string | undefined;
  /** Articles to choose from (on /tip/): the slug as value, the title as label. */
  articles?: { value: string; label: string }[] | undefined;
  /** Heading level of the form's title (and of the thanks that replaces it): 2 on /tip/. */
  level?: 2 | 3 | undefined;
}

const ENDPOINT = submissionEndpoint('tip');
const formId = 'tip';
/** What the thanks that replaces the form says. */
const SENT = {
  what: 'tip',
  next: 'An editor reads every tip before it is published. If it is approved, it appears under “Reader tips” on the article after the next site update.',
} as const;
type Kind = 'text' | 'video';

/** The radios that choose a written or a video tip (a function, not a component: nothing to wrap). */
function kindChoice(kind: Kind, choose: (kind: Kind) => void) {
  return (
    <fieldset class="sf-field">
      <legend>Kind of tip</legend>
      <label class="sf-choice">
        <input
          type="radio"
          name="kind"
          value="text"
          checked={kind === 'text'}
          onChange={() => choose('text')}
        />{' '}
        A written tip
      </label>
      <label class="sf-choice">
        <input
          type="radio"
          name="kind"
          value="video"
          checked={kind === 'video'}
          onChange={() => choose('video')}
        />{' '}
        A video tip (YouTube, Vimeo or TED)
      </label>
    </fieldset>
  );
}

/**
 * The text field is the tip, or the optional note on a video tip. Without JavaScript the form
 * cannot know which the reader picks, so it asks for both and the server sorts it out.
 */
function textField(enhanced: boolean, kind: Kind) {
  const video = enhanced && kind === 'video';
  const text = enhanced && kind === 'text';
  return {
    label: video ? 'A note about the video' : 'Your tip',
    hint: enhanced
      ? text
        ? 'Between 20 and 1,000 characters, plain text.'
        : undefined
      : 'For a written tip: 20 to 1,000 characters. For a video tip: an optional note.',
    required: text,
    markOptional: video,
    minLength: text ? 20 : undefined,
  };
}

/** The article: fixed under an article, chosen from a list on /tip/ (a function, nothing to wrap). */
function articleField(
  formId: string,
  errors: Record<string, string | undefined>,
  article: Props['article'],
  articles: Props['articles'],
) {
  return article ? (
    <input type="hidden" name="article" value={article} />
  ) : (
    <Field
      formId={formId}
      name="article"
      label="Which article is it about?"
      required
      placeholder="Choose an article"
      options={articles ?? []}
      error={errors['article']}
    />
  );
}

/**
 * The reader-tip form. The server renders a complete form that posts without JavaScript; once
 * hydrated, this island sends it with fetch and shows errors and the confirmation in place.
 */
export default function TipForm({ article, articles, level }: Props) {
  const { state, enhanced, submit, form, errors, message } = useSubmission(ENDPOINT);
  const [kind, setKind] = useState<Kind>('text');

  if (state.phase === 'sent') return <Confirmation refCode={state.ref} level={level} {...SENT} />;

  // Without JavaScript the video field is always shown; the island shows it only for a video tip.
  const showVideo = !enhanced || kind === 'video';
  return (
    <SubmissionForm
      formRef={form}
      formId={formId}
      action={ENDPOINT}
      enhanced={enhanced}
      onSend={(f) => void submit(f)}
      title="Share your tip"
      level={level}
      intro="Write your tip or share a video that helped you. All tips are reviewed before publishing; your email is never shown."
      message={message}
      formError={errors['form']}
    >
      {articleField(formId, errors, article, articles)}
      {kindChoice(kind, setKind)}
      <Field
        formId={formId}
        name="text"
        {...textField(enhanced, kind)}
        multiline
        maxLength={1000}
        error={errors['text']}
      />
      {showVideo && (
        <Field
          formId={formId}
          name="videoUrl"
          type="url"
          label="Video link"
          hint="A link to one video on YouTube, Vimeo or TED."
          required={enhanced}
          markOptional={false}
          maxLength={500}
          error={errors['videoUrl']}
        />
      )}
      <ContactAndSend
        formId={formId}
        errors={errors}
        emailHint="Only if you want us to reply. Never published."
        consentLabel="I agree that Closer may publish my tip and the name I gave."
        sendLabel="Send my tip"
        sending={state.phase === 'sending'}
      />
    </SubmissionForm>
  );
}
