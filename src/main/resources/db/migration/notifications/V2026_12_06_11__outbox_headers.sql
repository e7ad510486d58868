-- Notifications: extra headers of an outgoing email (such as List-Unsubscribe), one
-- "Name: value" a line; removed with the body once the email is sent or given up, as they
-- may hold a live link.

alter table notifications_outbox add column headers varchar(4000);
