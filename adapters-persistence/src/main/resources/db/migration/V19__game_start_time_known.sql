-- Whether the feed had set the game's kick-off time when the state was observed. ESPN lists college
-- games days ahead with a date and a placeholder time (timeValid: false) until television sets the
-- time; scheduled_start then only says the day, and no pre-game entry window can be measured from it.
ALTER TABLE game_states ADD COLUMN start_time_known BOOLEAN NOT NULL DEFAULT true;
