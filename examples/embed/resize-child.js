// Child side of the iframe resize protocol (docs/embedding-iframe.md), loaded by embed.html.
// Posts { type: 'alliance-panorama:resize', height } to the parent page whenever the height of this document
// changes, to the parent's origin only: the `parent-origin` query parameter, or else the origin of
// document.referrer. Never to '*': with no known origin, nothing is sent.
{
  const MESSAGE_TYPE = 'alliance-panorama:resize';

  /** The origin of an http(s) URL, or undefined. */
  const originOf = (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
    } catch {
      return undefined;
    }
  };

  const framed = window.parent !== window;
  const param = new URLSearchParams(window.location.search).get('parent-origin');
  const targetOrigin = param ? originOf(param) : document.referrer ? originOf(document.referrer) : undefined;

  if (framed && targetOrigin) {
    let posted = -1;
    const post = () => {
      // The root element's box is as tall as the content, whatever the height of the iframe.
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === posted) return;
      posted = height;
      window.parent.postMessage({ type: MESSAGE_TYPE, height }, targetOrigin);
    };
    new ResizeObserver(post).observe(document.documentElement);
  }
}
