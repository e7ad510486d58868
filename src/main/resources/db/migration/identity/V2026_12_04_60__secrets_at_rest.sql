-- Second-factor secrets under the server key (identity.keys): TOTP secrets are sealed
-- (longer than the Base32 text they replace) and recovery codes are kept as "k1:" + an
-- HMAC. StoredSecretsUpgrade converts the rows written before.
alter table identity_staff alter column totp_secret set data type varchar(255);
alter table identity_recovery_code alter column code_hash set data type varchar(80);
