// Runs in each test worker before the test file: the environment that the
// global setup prepared (database, queue backend, secrets).
import { inject } from 'vitest';

Object.assign(process.env, inject('testEnv'));
