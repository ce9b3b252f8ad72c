// vitest stands in for the react-server condition: importing server-only is fine in tests.
export {};
