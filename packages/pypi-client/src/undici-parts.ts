/**
 * The three parts of undici this client uses, each from its own file: the Agent, the connector, and the
 * `request` API that undici's index attaches to every dispatcher. undici's index requires all of undici
 * (fetch, WebSocket, cookies, caches, mocks, proxies, and Node's own bundled undici through the globals they
 * touch); the publish action loading only these starts measurably sooner (README, "Performance"). undici is
 * pinned (package.json), and test/undici-parts.test.ts checks these are the very classes undici exports.
 */
import type * as Undici from 'undici';
import api from 'undici/lib/api/index.js';
import connector from 'undici/lib/core/connect.js';
import AgentClass from 'undici/lib/dispatcher/agent.js';
import DispatcherClass from 'undici/lib/dispatcher/dispatcher.js';

// What undici's index.js does first: every dispatcher gets request(), stream(), pipeline(), connect(), upgrade().
Object.assign(DispatcherClass.prototype, api);

export const Agent: typeof Undici.Agent = AgentClass;
export const buildConnector: typeof Undici.buildConnector = connector;
export const Dispatcher: typeof Undici.Dispatcher = DispatcherClass;
