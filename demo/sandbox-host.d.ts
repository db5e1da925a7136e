// `/demo/sandbox-host.js` has no file: dev-server.config.mjs serves it with the
// running Persona sandbox's host (`localhost:PORT`). This declares its shape.
export declare const sandboxHost: string;
