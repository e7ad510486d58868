-- Refunds a fundraiser asked of a payment provider. The ledger records a refund only when
-- the provider's event reports the money gone; until then this row keeps the amount
-- asked, so that the same form sent twice asks once and no one can ask for more than a
-- gift has left while an earlier refund is on its way.
create table fundraising_refund_request (
	request_key varchar(80) primary key,
	gift_id uuid not null references fundraising_gift (id),
	provider varchar(20) not null,
	amount_cents bigint not null,
	outcome varchar(10) not null,
	requested_at timestamp with time zone not null
);

create index fundraising_refund_request_gift on fundraising_refund_request (gift_id);
