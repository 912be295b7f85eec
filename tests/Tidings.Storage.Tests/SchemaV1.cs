namespace Tidings.Tests.Storage;

/// <summary>
/// The schema of version 1 stores, frozen as released (one mention per event, no <c>mentions.ordinal</c>), so
/// that the migration to the current version is tested on a database such as users have.
/// </summary>
internal static class SchemaV1
{
    public const string Create = """
        CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL);
        CREATE SEQUENCE article_key_seq START 1;
        CREATE SEQUENCE event_key_seq START 1;
        CREATE TABLE articles (
            key             BIGINT PRIMARY KEY,
            content_hash    VARCHAR NOT NULL UNIQUE,   -- ContentHash.Of: SHA-256 hex of normalised headline + body
            id              VARCHAR NOT NULL,          -- Article.Id (not unique: two inputs may reuse a file name)
            headline        VARCHAR,
            deck            VARCHAR,
            body            VARCHAR NOT NULL,
            published       DATE,
            url             VARCHAR,
            source          VARCHAR,
            dateline_place  VARCHAR,
            dateline_outlet VARCHAR,
            origin          VARCHAR,
            stored_at       TIMESTAMP NOT NULL         -- UTC
        );
        CREATE TABLE sentences (
            article_key BIGINT  NOT NULL,
            "index"     INTEGER NOT NULL,              -- 0-based, as CodedEvent.Sentence
            section     VARCHAR NOT NULL,              -- headline | deck | body
            "start"     INTEGER NOT NULL,
            "end"       INTEGER NOT NULL,
            text        VARCHAR NOT NULL
        );
        CREATE TABLE actors (                          -- every actor mention the actor stage found
            article_key BIGINT  NOT NULL,
            sentence    INTEGER,                       -- null when the document has no sentences
            "start"     INTEGER,
            "end"       INTEGER,
            text        VARCHAR NOT NULL,
            code        VARCHAR,                       -- CAMEO actor code; null when uncoded (see reason)
            name        VARCHAR,
            country     VARCHAR,                       -- ISO 3166-1 alpha-3
            rule        VARCHAR NOT NULL,
            reason      VARCHAR,
            is_modifier BOOLEAN NOT NULL
        );
        CREATE TABLE events (
            event_key           BIGINT PRIMARY KEY,
            article_key         BIGINT  NOT NULL,
            article_id          VARCHAR NOT NULL,      -- CodedEvent.Article as coded
            sentence            INTEGER NOT NULL,
            source_code         VARCHAR,
            source_name         VARCHAR,
            source_text         VARCHAR NOT NULL,
            source_country      VARCHAR,
            target_code         VARCHAR,
            target_name         VARCHAR,
            target_text         VARCHAR,               -- null exactly when the event has no target
            target_country      VARCHAR,
            cameo               VARCHAR NOT NULL CHECK (regexp_full_match(cameo, '[0-9]{2,4}')),
            cameo_name          VARCHAR NOT NULL,
            root                VARCHAR NOT NULL,      -- first two digits of cameo
            quad_class          INTEGER NOT NULL CHECK (quad_class BETWEEN 0 AND 4),
            goldstein           DOUBLE  NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
            plover_type         VARCHAR NOT NULL,
            plover_mode         VARCHAR,
            plover_context      VARCHAR,
            date                VARCHAR,               -- ISO 8601 at date_precision, as coded
            date_precision      VARCHAR NOT NULL,
            day_from            DATE,                  -- first day of the event's period (else the publication day)
            day_to              DATE,                  -- last day of that period; both for date-range queries
            has_place           BOOLEAN NOT NULL,
            place_name          VARCHAR,
            place_country       VARCHAR,
            place_lat           DOUBLE,
            place_lon           DOUBLE,
            attribution_code    VARCHAR,
            attribution_name    VARCHAR,
            attribution_text    VARCHAR,               -- null exactly when the event has no attribution
            attribution_country VARCHAR,
            negated             BOOLEAN NOT NULL,
            background          BOOLEAN NOT NULL,
            modality            VARCHAR NOT NULL,
            published           VARCHAR,               -- as coded (ISO day)
            url                 VARCHAR,
            global_event_id     BIGINT  NOT NULL,      -- EventIds.GlobalEventId, GDELT's id
            date_source         VARCHAR                -- 'text', 'published' or null (CodedEvent.DateSource)
        );
        CREATE TABLE mentions (                        -- the evidence of each event
            event_key     BIGINT  NOT NULL,
            article_key   BIGINT  NOT NULL,
            sentence      INTEGER NOT NULL,
            trigger       VARCHAR NOT NULL,
            trigger_start INTEGER NOT NULL,
            trigger_end   INTEGER NOT NULL,
            rule          VARCHAR NOT NULL,
            sentence_text VARCHAR NOT NULL,
            section       VARCHAR NOT NULL
        );
        """;

    /// <summary>One article with one event and its mention, as a version 1 store held them (keys from the sequences).</summary>
    public const string OneEvent = """
        INSERT INTO schema_version VALUES (1, TIMESTAMP '2025-03-11 12:00:00');
        INSERT INTO articles VALUES (nextval('article_key_seq'), 'v1hash', 'old-1', 'Kenya and Ethiopia agree', NULL,
            'Kenya''s president visited Addis Ababa on Monday.', DATE '2025-03-11', NULL, NULL, NULL, NULL, 'test',
            TIMESTAMP '2025-03-11 12:00:00');
        INSERT INTO events VALUES (nextval('event_key_seq'), 1, 'old-1', 1,
            'KENGOV', 'Kenya', 'Kenya', 'KEN', 'ETHGOV', 'Ethiopia', 'Addis Ababa', 'ETH',
            '042', 'Make a visit', '04', 1, 1.9, 'CONSULT', 'visit', NULL,
            '2025-03-10', 'day', DATE '2025-03-10', DATE '2025-03-10',
            FALSE, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
            FALSE, FALSE, 'asserted', '2025-03-11', NULL, 12345, 'text');
        INSERT INTO mentions VALUES (1, 1, 1, 'visited', 17, 24, 'verb:visit', 'Kenya''s president visited Addis Ababa on Monday.', 'body');
        """;
}
