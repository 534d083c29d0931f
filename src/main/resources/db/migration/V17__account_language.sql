-- The interface language each account reads (en, ru, zh, kk), chosen in the header; a new account starts in its
-- nation's language. Existing accounts start in the one their nation reads, English for those without a nation.
alter table account add column language varchar(2) not null default 'EN';
update account set language = 'KK' where nation_code = 'KAZ';
update account set language = 'ZH' where nation_code = 'CHN';
update account set language = 'RU' where nation_code in ('RUS', 'KGZ', 'UZB', 'TJK');
