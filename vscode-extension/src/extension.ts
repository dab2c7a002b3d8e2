// The extension arrives with the language-server issue; this workspace reserves its place.
export {};
