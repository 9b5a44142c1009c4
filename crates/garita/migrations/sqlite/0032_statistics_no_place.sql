-- Issue 21: a travel authorization is decided for a programme, at no place. It was counted with
-- the programme id as its place; it is now counted at the explicit "no place" key '-' with the
-- programme as the dimension (garita_domain::statistics::NO_PLACE). Counters only: published
-- figures are frozen and stay as they were published.
UPDATE stats_counters SET dimension = place, place = '-'
 WHERE metric = 'travel-authorizations' AND place <> '-' AND dimension = '';
