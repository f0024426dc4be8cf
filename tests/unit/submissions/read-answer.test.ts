import { describe, expect, it } from 'vitest';
import { NETWORK_FAILURE, readAnswer } from '../../../src/islands/submit/use-submission';

// What the forms tell a reader about the server's answer (issue 11, item 9).

describe('readAnswer', () => {
  it('shows the server’s own message', async () => {
    const res = Response.json(
      { ok: false, message: 'Please correct the marked fields.' },
      { status: 422 },
    );
    expect(await readAnswer(res)).toMatchObject({ message: 'Please correct the marked fields.' });
  });

  it('names the request id when a failing server answers without JSON', async () => {
    const res = new Response('Internal Server Error', {
      status: 500,
      headers: { 'x-request-id': 'k3m9q2p7xa' },
    });
    const { ok, message } = await readAnswer(res);
    expect(ok).toBe(false);
    expect(message).toMatch(/^Something went wrong on our side \(reference k3m9q2p7xa\)/);
    expect(message).not.toMatch(/connection/i);
  });

  it('says which answer came back for other non-JSON answers, and keeps the network message for no answer', async () => {
    expect((await readAnswer(new Response('', { status: 502 }))).message).toContain(
      'reference error 502',
    );
    expect((await readAnswer(new Response('Too large', { status: 413 }))).message).toContain('413');
    expect(NETWORK_FAILURE).toMatch(/check your connection/i);
  });
});
