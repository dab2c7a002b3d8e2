// The language server arrives with its own issue; this workspace exists so the monorepo layout,
// build and import boundaries are in place from the start.
export {};
