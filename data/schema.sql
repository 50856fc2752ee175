-- SPDX-License-Identifier: MIT
-- TieScope store, schema version 5 (PRAGMA user_version). The program creates a new store
-- from this file and upgrades older ones step by step (src/core/store/migrations.cpp).
-- Row ids are stable: deleting a row never renumbers the others, and a new row of entities,
-- ties, sources or citations takes its id from id_sequence, so an id is never given twice.
-- Partial dates are text: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; the length is the precision,
-- NULL is an open or unknown end. See docs/data-model.md.

CREATE TABLE metadata (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE domains (
    id     INTEGER PRIMARY KEY,
    key    TEXT NOT NULL UNIQUE,
    label  TEXT NOT NULL,
    colour TEXT NOT NULL CHECK (colour GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]')
);

CREATE TABLE entity_kinds (
    id    INTEGER PRIMARY KEY,
    key   TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL
);

-- What a tie means, and which end depends on the other ('from', 'to', 'mutual', 'none').
CREATE TABLE relation_types (
    id               INTEGER PRIMARY KEY,
    key              TEXT NOT NULL UNIQUE,
    label            TEXT NOT NULL,
    description      TEXT NOT NULL DEFAULT '',
    directed         INTEGER NOT NULL DEFAULT 1 CHECK (directed IN (0, 1)),
    dependent        TEXT NOT NULL DEFAULT 'none' CHECK (dependent IN ('from', 'to', 'mutual', 'none')),
    default_strength REAL NOT NULL DEFAULT 0.5 CHECK (default_strength BETWEEN 0 AND 1)
);

CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind_id     INTEGER NOT NULL REFERENCES entity_kinds (id),
    country     TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    alias     TEXT NOT NULL,
    PRIMARY KEY (entity_id, position)
) WITHOUT ROWID;

CREATE TABLE sources (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL UNIQUE,
    title     TEXT NOT NULL,
    author    TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    date      TEXT,
    kind      TEXT NOT NULL DEFAULT '',
    url       TEXT NOT NULL DEFAULT '',
    retrieved TEXT,                      -- schema 5: when url was read, a partial date
    archive_url TEXT NOT NULL DEFAULT '' -- schema 5: an archived copy of url
);

CREATE TABLE ties (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    from_id     INTEGER NOT NULL REFERENCES entities (id),
    to_id       INTEGER NOT NULL REFERENCES entities (id),
    domain_id   INTEGER NOT NULL REFERENCES domains (id),
    relation_id INTEGER NOT NULL REFERENCES relation_types (id),
    start_date  TEXT,
    end_date    TEXT,
    status      TEXT NOT NULL CHECK (status IN ('confirmed', 'alleged', 'planned', 'ended')),
    strength    REAL CHECK (strength IS NULL OR strength BETWEEN 0 AND 1),
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ties_from ON ties (from_id);
CREATE INDEX ties_to ON ties (to_id);

-- A citation backs exactly one tie or one entity.
CREATE TABLE citations (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES sources (id),
    tie_id      INTEGER REFERENCES ties (id) ON DELETE CASCADE,
    entity_id   INTEGER REFERENCES entities (id) ON DELETE CASCADE,
    locator     TEXT NOT NULL DEFAULT '',
    reliability TEXT NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
    credibility INTEGER NOT NULL CHECK (credibility BETWEEN 1 AND 6),
    quote       TEXT NOT NULL DEFAULT '', -- schema 5: a short quote (at most 500 characters)
    CHECK ((tie_id IS NULL) <> (entity_id IS NULL))
);
CREATE INDEX citations_tie ON citations (tie_id);
CREATE INDEX citations_entity ON citations (entity_id);

-- The highest row id ever given in each edited table (entities, ties, sources, citations).
CREATE TABLE id_sequence (
    table_name TEXT PRIMARY KEY,
    last_id    INTEGER NOT NULL
) WITHOUT ROWID;

-- The audit trail: one row per record a change-set added, updated, deleted or merged, written
-- in the same transaction as the change. before/after are the record as JSON (NULL for an
-- add's before and a delete's after); see docs/editing.md.
CREATE TABLE changes (
    id           INTEGER PRIMARY KEY,
    time         TEXT NOT NULL,
    author       TEXT NOT NULL,
    change_set   INTEGER NOT NULL,
    label        TEXT NOT NULL DEFAULT '',
    record_table TEXT NOT NULL CHECK (record_table IN ('entities', 'ties', 'sources', 'citations')),
    record_key   TEXT NOT NULL,
    record_id    INTEGER NOT NULL,
    operation    TEXT NOT NULL CHECK (operation IN ('add', 'update', 'delete', 'merge')),
    before       TEXT,
    after        TEXT
);
CREATE INDEX changes_change_set ON changes (change_set);

-- The window's memory of each layout the analyst ran (schema 4): the last place of every entity
-- and whether it was pinned, so reopening shows the picture left. Not data: never in the audit
-- trail or an export. `saved` orders the layouts, the highest saved last.
CREATE TABLE layouts (
    name  TEXT PRIMARY KEY,
    saved INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE layout_positions (
    layout    TEXT NOT NULL REFERENCES layouts (name) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    x         REAL NOT NULL,
    y         REAL NOT NULL,
    pinned    INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    PRIMARY KEY (layout, entity_id)
) WITHOUT ROWID;
CREATE INDEX layout_positions_entity ON layout_positions (entity_id);
