// The stylesheet of the video facade document (an iframe srcdoc). It lives in plain JS so that the
// CSP in security.mjs can hash it: a srcdoc document inherits the page's Content Security Policy.
export const videoFacadeStyle =
  'html,body{height:100%;margin:0}' +
  'body{display:grid;place-items:center;font:600 1.1rem/1.4 system-ui,sans-serif;background:#2a2521;color:#fff}' +
  'a{display:flex;flex-direction:column;align-items:center;gap:.75rem;color:#fff;text-align:center;padding:1rem}' +
  'a:focus-visible{outline:3px solid #8ab8ff;outline-offset:4px}' +
  'span{display:grid;place-items:center;width:4.5rem;height:4.5rem;border-radius:50%;background:#9c3d2e;font-size:2rem}';
