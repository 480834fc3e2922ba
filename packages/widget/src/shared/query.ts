// What the element needs once data is there, in a chunk of its own: the first render shows a skeleton without
// it, and it loads in parallel with the first data, so it costs no round trip and keeps the CDN entry small.
export { localize, queryPractices } from '@alliance-panorama/core';
