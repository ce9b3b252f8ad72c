// Words the builder's server check and its page share (no server-only marker: the page shows them).
export const UNSUPPORTED = "The article does not seem to support this answer.";
