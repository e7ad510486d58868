-- When each language of a card last changed in the trainers' editor, so that it can show
-- which translations are older than the card's latest change. A card with no row here
-- (imported, or stored before this table) has no known difference between languages.

create table learning_card_translation (
	card_id uuid not null references learning_card (id) on delete cascade,
	language varchar(2) not null,
	changed_at timestamp with time zone not null,
	primary key (card_id, language)
);
