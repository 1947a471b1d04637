export { canonicalJson } from './canonical-json';
export { type ChainHeadState, GENESIS_HASH, hashOf, linkAfter } from './chain-link';
export { type ChainFinding, type ChainProblem, type ChainVerification, type ExpiredLinks, verifyChain } from './verify-chain';
