// Entry of the packed-data worker: the engine, answering the page that started it.
import { serveEngine, type EngineMessage, type EngineRequest } from './engine.js';

const scope = self as unknown as { postMessage(message: EngineMessage): void; onmessage: ((event: MessageEvent<EngineRequest>) => void) | null };
const receive = serveEngine((message) => scope.postMessage(message));
scope.onmessage = (event) => receive(event.data);
