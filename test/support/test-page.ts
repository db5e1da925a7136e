// What every browser test page needs. Each test file imports it (most through fixtures.ts):
// a test module runs after mocha is set up, and a script in the runner's page may not.
import './axe-after-entrance.js';
import './readable-failures.js';
