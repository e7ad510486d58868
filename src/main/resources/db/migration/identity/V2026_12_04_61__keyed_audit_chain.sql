-- Audit entries say whether their hash is an HMAC under the server key (keyed) or the
-- plain SHA-256 of the entries written before the key existed; LegacyChainSeal appends a
-- keyed entry after those at the first start.
alter table identity_audit add column keyed boolean default false not null;
