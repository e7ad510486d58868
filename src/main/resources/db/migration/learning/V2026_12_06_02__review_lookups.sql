-- What answering a card looks up on every answer: a learner's reviews of one deck since
-- the start of the day (new cards started), and of one card (the feedback page).
create index learning_review_learner_deck on learning_review (learner_id, deck_id, reviewed_at);

create index learning_review_learner_card on learning_review (learner_id, card_id, reviewed_at);

drop index learning_review_learner;
