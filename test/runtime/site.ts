import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A fixture site served on 127.0.0.1 for crawl tests. The browser is started with
// `--host-resolver-rules=MAP * 127.0.0.1:<port>`, so every host name (shop.test, the vendors' real
// hosts) reaches this server and nothing leaves the machine; the Host header says which site was asked.
//
//   shop.test/            a tag-manager loader from www.googletagmanager.com that injects Hotjar after a
//                         delay, a OneTrust banner whose accept button loads the Meta Pixel and whose reject
//                         button (wrongly) loads Segment, a first-party cookie and a localStorage key, a link
//                         to /about and one to another site
//   shop.test/about       reached only by the link: a YouTube iframe embed
//   shop.test/reviews     start page of its own: a Trustpilot widget (a third party the catalog does not
//                         know), a Mixpanel script whose connection the server drops (a failed request),
//                         and a newsletter form that must never be submitted
//   shop.test/live-chat   start page of its own: a chat widget that polls every 200 ms, so the network
//                         never settles, and links to six chat rooms (the same page with ?room=)
//   other.test/           another site: must never be loaded

const PAGES: Record<string, string> = {
  'shop.test/': `<!doctype html><html><head><title>Shop</title>
<script src="http://www.googletagmanager.com/gtm.js?id=GTM-TEST"></script>
<script>document.cookie = 'shop_session=1; path=/'; localStorage.setItem('cart_id', '42');</script>
</head><body>
<div id="onetrust-banner-sdk">We use cookies.
  <button id="onetrust-accept-btn-handler" onclick="var s=document.createElement('script');s.src='http://connect.facebook.net/en_US/fbevents.js';document.head.appendChild(s)">Accept</button>
  <button id="onetrust-reject-all-handler" onclick="var s=document.createElement('script');s.src='http://cdn.segment.com/analytics.js/v1/KEY/analytics.min.js';document.head.appendChild(s)">Reject</button>
</div>
<a href="/about">About</a> <a href="http://other.test/">Partner</a>
</body></html>`,
  'shop.test/about': `<!doctype html><html><body><h1>About</h1>
<iframe src="http://www.youtube.com/embed/abc123" width="560" height="315"></iframe>
</body></html>`,
  'shop.test/reviews': `<!doctype html><html><head><title>Reviews</title>
<script async src="http://widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js"></script>
<script async src="http://cdn.mxpnl.com/libs/mixpanel-2-latest.min.js"></script>
</head><body><h1>Reviews</h1>
<form action="/subscribe" method="post"><input name="email" value="visitor@shop.test"><button type="submit">Subscribe</button></form>
</body></html>`,
  'shop.test/live-chat': `<!doctype html><html><body><h1>Chat with us</h1>
<script>setInterval(function () { fetch('/chat/poll'); }, 200);</script>
<a href="/live-chat?room=sales">Sales</a> <a href="/live-chat?room=support">Support</a> <a href="/live-chat?room=billing">Billing</a>
<a href="/live-chat?room=press">Press</a> <a href="/live-chat?room=jobs">Jobs</a> <a href="/live-chat?room=partners">Partners</a>
</body></html>`,
  'shop.test/chat/poll': '[]',
  'widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js': 'window.Trustpilot = {};',
  'other.test/': '<!doctype html><html><body>other site</body></html>',
  // The tag manager's container injects Hotjar 300 ms after it loads, as a configured tag would.
  'www.googletagmanager.com/gtm.js': `setTimeout(function () { var s = document.createElement('script'); s.src = 'http://static.hotjar.com/c/hotjar-123.js?sv=6'; document.head.appendChild(s); }, 300);`,
  'static.hotjar.com/c/hotjar-123.js': 'window.hj = function () {};',
  'connect.facebook.net/en_US/fbevents.js': 'window.fbq = function () {};',
  'cdn.segment.com/analytics.js/v1/KEY/analytics.min.js': 'window.analytics = {};',
  'www.youtube.com/embed/abc123': '<!doctype html><html><body>video</body></html>',
};

export interface FixtureSite {
  port: number;
  /** Host/path of every request the server answered, in order. */
  requests: string[];
  /** The browser flag that sends every host to this server. */
  resolverFlag: string;
  close(): Promise<void>;
}

export async function startFixtureSite(): Promise<FixtureSite> {
  const requests: string[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const path = (request.url ?? '/').split('?')[0];
    const key = `${host}${path}`;
    requests.push(key);
    // A tracker whose connection drops: the browser records the request as failed.
    if (key === 'cdn.mxpnl.com/libs/mixpanel-2-latest.min.js') {
      request.socket.destroy();
      return;
    }
    const body = PAGES[key];
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = key.endsWith('.js') ? 'application/javascript' : 'text/html; charset=utf-8';
    response.writeHead(200, { 'content-type': type, ...(key === 'shop.test/' ? { 'set-cookie': 'server_pref=1; Path=/' } : {}) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    resolverFlag: `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
