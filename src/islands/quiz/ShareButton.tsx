import { useState } from 'preact/hooks';
import type { QuizCopy } from '../../lib/quiz/copy';

interface Props {
  label: string;
  /** Under the button: what the link carries and where it is safe to send it. */
  note: string;
  url: string;
  /** Title passed to the Web Share API. */
  title: string;
  copy: QuizCopy;
}

/**
 * One button: the device's share sheet where there is one (Web Share), else the link is copied.
 * If the browser refuses the clipboard, the link appears in a field to copy by hand.
 */
export function ShareButton({ label, note, url, title, copy }: Props) {
  const [said, setSaid] = useState('');
  const [manual, setManual] = useState(false);
  const share = async () => {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The reader closed the sheet: nothing to do. Any other failure falls back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setSaid(copy.copied);
    } catch {
      setSaid(copy.copyBlocked);
      setManual(true);
    }
  };
  return (
    <div class="quiz-share">
      <button type="button" onClick={share}>
        {label}
      </button>
      <p class="quiz-hint">{note}</p>
      {manual && (
        <label>
          <span class="visually-hidden">{`${label}: link`}</span>
          <input type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      <p role="status" class="quiz-said">
        {said}
      </p>
    </div>
  );
}
