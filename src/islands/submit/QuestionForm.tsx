import { useEffect } from 'preact/hooks';
import { Confirmation } from './Confirmation';
import { ContactAndSend, Field, SubmissionForm } from './Field';
import { useSubmission } from './use-submission';
import { submissionEndpoint } from '../../lib/paths/submission';
import { askPrefill } from '../../lib/search/links';

interface Props {
  /** The article the question relates to; without it the reader picks one from `articles`. */
  article?: string | undefined;
  /** Articles to choose from (on /ask/): the slug as value, the title as label. */
  articles?: { value: string; label: string }[] | undefined;
  /**
   * On /ask/: write in the question a search passed on (`?q=`, "Ask us this question"). It is
   * only the field's value: the reader reads, edits and sends it, or not.
   */
  prefill?: boolean;
  /** Heading level of the form's title (and of the thanks that replaces it): 2 on /ask/. */
  level?: 2 | 3 | undefined;
}

const ENDPOINT = submissionEndpoint('question');

/** Which article, the question and its private context (a function, not a component: nothing to wrap). */
function questionFields(formId: string, errors: Record<string, string | undefined>, p: Props) {
  return [
    p.article ? (
      <input key="article" type="hidden" name="article" value={p.article} />
    ) : (
      <Field
        key="article"
        formId={formId}
        name="article"
        label="Which article is it about?"
        required
        placeholder="Choose an article"
        options={p.articles ?? []}
        error={errors['article']}
      />
    ),
    <Field
      key="question"
      formId={formId}
      name="question"
      label="Your question"
      hint="10 to 300 characters."
      multiline
      rows={3}
      required
      minLength={10}
      maxLength={300}
      error={errors['question']}
    />,
    <Field
      key="context"
      formId={formId}
      name="context"
      label="Anything that helps us answer"
      hint="Never published."
      multiline
      maxLength={2000}
      error={errors['context']}
    />,
  ];
}

/** The "ask your question" form: server-rendered, posts without JavaScript, enhanced when hydrated. */
export default function QuestionForm(props: Props) {
  const formId = 'question';
  const { state, enhanced, submit, form, errors, message } = useSubmission(ENDPOINT);
  useEffect(() => {
    if (!props.prefill) return;
    const field = form.current?.elements.namedItem('question');
    const q = askPrefill(location.search);
    if (q && field instanceof HTMLTextAreaElement && !field.value) field.value = q;
  }, [props.prefill, form]);

  if (state.phase === 'sent') {
    return (
      <Confirmation
        refCode={state.ref}
        level={props.level}
        what="question"
        next="An editor reads every question. When we answer it, the question and answer appear in the article’s FAQ after the next site update (without your email or the context you gave)."
      />
    );
  }

  return (
    <SubmissionForm
      formRef={form}
      formId={formId}
      action={ENDPOINT}
      enhanced={enhanced}
      onSend={(f) => void submit(f)}
      title="Ask your question"
      level={props.level}
      intro="Ask our editors and get the support you deserve. Questions are reviewed before anything is published; your email is never shown."
      message={message}
      formError={errors['form']}
    >
      {questionFields(formId, errors, props)}
      <ContactAndSend
        formId={formId}
        errors={errors}
        emailHint="Only if you want us to tell you when it is answered. Never published."
        consentLabel="I agree that Closer may publish my question, with an answer, and the name I gave."
        sendLabel="Send my question"
        sending={state.phase === 'sending'}
      />
    </SubmissionForm>
  );
}
