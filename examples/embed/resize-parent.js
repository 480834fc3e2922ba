// Parent side of the iframe resize protocol (docs/embedding-iframe.md), loaded by the host page.
// Sets the height of each <iframe data-alliance-panorama-embed> from the { type: 'alliance-panorama:resize',
// height } messages that its own document posts. A message is used only when it comes from that iframe's window
// (event.source) and from the origin of the iframe's src (event.origin); anything else is ignored.
{
  const MESSAGE_TYPE = 'alliance-panorama:resize';
  const MAX_HEIGHT = 100000;

  const originOf = (frame) => {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return undefined;
    }
  };

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (typeof data !== 'object' || data === null || data.type !== MESSAGE_TYPE) return;
    // Looked up on each message, so frames added to the page later are resized too.
    const frames = document.querySelectorAll('iframe[data-alliance-panorama-embed]');
    const frame = Array.prototype.find.call(frames, (candidate) => candidate.contentWindow === event.source);
    if (!frame || event.origin !== originOf(frame)) return;
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
    // A CSSOM property, not a style attribute: allowed under style-src 'self'.
    frame.style.height = `${Math.ceil(height)}px`;
  });
}
