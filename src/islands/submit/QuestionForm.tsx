import { Confirmation } from './Confirmation';
import { ContactAndSend, Field, SubmissionForm, sentence } from './Field';
import { useSubmission } from './use-submission';
import { submissionEndpoint } from '../../lib/paths/submission';

interface Props {
  /** The article the question relates to; without it the reader picks one from `articles`. */
  article?: string;
  /** Articles to choose from (on /ask/). */
  articles?: { slug: string; title: string }[];
}

const ENDPOINT = submissionEndpoint('question');

/** The "ask your question" form: server-rendered, posts without JavaScript, enhanced when hydrated. */
export default function QuestionForm({ article, articles = [] }: Props) {
  const formId = 'question';
  const { state, enhanced, submit, form, errors, message } = useSubmission(ENDPOINT);

  if (state.phase === 'sent') {
    return (
      <Confirmation
        refCode={state.ref}
        what="question"
        next="An editor reads every question. When we answer it, the question and answer appear in the article’s FAQ after the next site update (without your email or the context you gave)."
      />
    );
  }

  const articleError = errors['article'];
  return (
    <SubmissionForm
      formRef={form}
      formId={formId}
      action={ENDPOINT}
      enhanced={enhanced}
      onSend={(f) => void submit(f)}
      title="Ask your question"
      intro="Ask our editors and get the support you deserve. Questions are reviewed before anything is published; your email is never shown."
      message={message}
      formError={errors['form']}
    >
      {article ? (
        <input type="hidden" name="article" value={article} />
      ) : (
        <div class="sf-field">
          <label for={`${formId}-article`}>Which article is it about?</label>
          {articleError && (
            <p class="sf-error" id={`${formId}-article-error`}>
              {sentence(articleError)}
            </p>
          )}
          <select
            id={`${formId}-article`}
            name="article"
            required
            aria-invalid={articleError ? 'true' : undefined}
            aria-describedby={articleError ? `${formId}-article-error` : undefined}
          >
            <option value="">Choose an article</option>
            {articles.map((a) => (
              <option value={a.slug}>{a.title}</option>
            ))}
          </select>
        </div>
      )}
      <Field
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
      />
      <Field
        formId={formId}
        name="context"
        label="Anything that helps us answer"
        hint="Never published."
        multiline
        maxLength={2000}
        error={errors['context']}
      />
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
