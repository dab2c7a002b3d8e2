// `CI=true` (set by CI services; `.ci/run` passes it through): oracles become mandatory
// (oracle.ts) and fast-check runs with a fixed seed (global-setup.ts).
export const IN_CI = ['true', '1'].includes((process.env['CI'] ?? '').toLowerCase());
