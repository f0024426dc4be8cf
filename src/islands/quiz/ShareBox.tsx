import { useState } from 'preact/hooks';

interface Props {
  heading: string;
  intro: string;
  url: string;
  /** Title passed to the Web Share API. */
  title: string;
  /** Said when the browser refuses the clipboard. */
  blocked: string;
}

/** A link in a read-only field with "copy" and, where the browser has it, "share". */
export function ShareBox({ heading, intro, url, title, blocked }: Props) {
  const [said, setSaid] = useState('');
  const id = heading.toLowerCase().replace(/[^a-z]+/g, '-');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setSaid('Link copied.');
    } catch {
      setSaid(blocked);
    }
  };
  const canShare = typeof navigator !== 'undefined' && 'share' in navigator;
  return (
    <section class="quiz-share" aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <p>{intro}</p>
      <label>
        <span class="visually-hidden">{heading}: link</span>
        <input type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div class="quiz-actions">
        <button type="button" onClick={copy}>
          Copy link
        </button>
        {canShare && (
          <button
            type="button"
            onClick={() => navigator.share({ title, url }).catch(() => undefined)}
          >
            Share…
          </button>
        )}
      </div>
      <p role="status" class="quiz-said">
        {said}
      </p>
    </section>
  );
}
