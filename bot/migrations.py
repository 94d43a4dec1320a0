"""The schema of the bot's SQLite file, as migrations applied in order (``Store.migrate``).

Migration n takes a file from ``PRAGMA user_version`` n - 1 to n. Never edit one that has
shipped: add the next.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: users, feedback, unanswered questions
    """
    CREATE TABLE users (
        user_id    INTEGER PRIMARY KEY,
        lang       TEXT,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    );
    CREATE TABLE feedback (
        user_id    INTEGER NOT NULL,
        entry_id   TEXT NOT NULL,
        vote       INTEGER NOT NULL CHECK (vote IN (-1, 1)),
        created_at REAL NOT NULL,
        PRIMARY KEY (user_id, entry_id)
    );
    CREATE TABLE unanswered (
        id         INTEGER PRIMARY KEY,
        user_id    INTEGER NOT NULL,
        text       TEXT NOT NULL,
        key        TEXT NOT NULL,
        lang       TEXT,
        created_at REAL NOT NULL
    );
    CREATE INDEX unanswered_key ON unanswered (key);
    """,
    # 2: quizzes, their polls and answers, and the Leitner boxes
    """
    CREATE TABLE quiz_sessions (
        id          INTEGER PRIMARY KEY,
        chat_id     INTEGER NOT NULL,
        owner_id    INTEGER NOT NULL,
        is_group    INTEGER NOT NULL DEFAULT 0,
        lang        TEXT NOT NULL,
        topic       TEXT,
        item_ids    TEXT NOT NULL,
        position    INTEGER NOT NULL DEFAULT 0,
        status      TEXT NOT NULL DEFAULT 'active'
                    CHECK (status IN ('active', 'finished', 'stopped')),
        started_at  REAL NOT NULL,
        finished_at REAL
    );
    CREATE INDEX quiz_sessions_chat ON quiz_sessions (chat_id, status);
    CREATE TABLE quiz_polls (
        poll_id     TEXT PRIMARY KEY,
        session_id  INTEGER NOT NULL REFERENCES quiz_sessions (id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        item_id     TEXT NOT NULL,
        option_map  TEXT NOT NULL,
        message_id  INTEGER,
        is_open     INTEGER NOT NULL DEFAULT 1,
        sent_at     REAL NOT NULL
    );
    CREATE TABLE quiz_answers (
        session_id  INTEGER NOT NULL REFERENCES quiz_sessions (id) ON DELETE CASCADE,
        item_id     TEXT NOT NULL,
        user_id     INTEGER NOT NULL,
        correct     INTEGER NOT NULL,
        answered_at REAL NOT NULL,
        PRIMARY KEY (session_id, item_id, user_id)
    );
    CREATE TABLE leitner (
        user_id     INTEGER NOT NULL,
        item_id     TEXT NOT NULL,
        box         INTEGER NOT NULL,
        due_at      REAL NOT NULL,
        seen        INTEGER NOT NULL DEFAULT 0,
        right       INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (user_id, item_id)
    );
    """,
    # 3: the update journal (see bot/journal.py); one unanswered row per update at most
    """
    CREATE TABLE updates (
        update_id   INTEGER PRIMARY KEY,
        body        TEXT NOT NULL,
        received_at REAL NOT NULL,
        handled_at  REAL
    );
    CREATE INDEX updates_pending ON updates (update_id) WHERE handled_at IS NULL;
    CREATE INDEX updates_handled ON updates (handled_at);
    ALTER TABLE unanswered ADD COLUMN update_id INTEGER;
    CREATE UNIQUE INDEX unanswered_update ON unanswered (update_id);
    """,
    # 4: every question's outcome, for the maintainers' report and /admin_stats (kept
    # RETENTION_DAYS like the unanswered questions and votes; see bot/usage.py)
    """
    CREATE TABLE asked (
        id         INTEGER PRIMARY KEY,
        user_id    INTEGER NOT NULL,
        text       TEXT NOT NULL,
        decision   TEXT NOT NULL,
        entry_id   TEXT,
        created_at REAL NOT NULL
    );
    CREATE INDEX asked_time ON asked (created_at);
    CREATE INDEX asked_user_entry ON asked (user_id, entry_id);
    CREATE INDEX feedback_time ON feedback (created_at);
    CREATE INDEX unanswered_time ON unanswered (created_at);
    """,
    # 5: the heartbeat `python -m bot health` reads (bot/health.py)
    """
    CREATE TABLE heartbeat (
        id     INTEGER PRIMARY KEY CHECK (id = 1),
        source TEXT NOT NULL,
        at     REAL NOT NULL
    );
    """,
)
