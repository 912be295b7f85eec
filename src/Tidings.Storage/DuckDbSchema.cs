namespace Tidings.Storage;

/// <summary>
/// The DuckDB schema of an event store (see docs/decisions/001-storage-schema.md). Character offsets are
/// half-open [start, end) into the document text (headline, deck and body joined by blank lines, as
/// <c>Document.FromArticle</c> builds it). Keys come from sequences, so they are unique by construction: no
/// PRIMARY KEY is declared on them (docs/decisions/030-speed28-keys-without-indexes.md; DuckDB would keep an ART
/// index per key that no query reads and that cost about a sixth of a batch's write CPU), and no foreign keys (DuckDB
/// checks them row by row and they would slow the appender); the store writes parent and children in one
/// transaction instead. The one index is <c>articles.content_hash</c>'s UNIQUE, which a one-article duplicate check looks
/// up (a batch's check reads the column with an IN list) and which refuses a second copy of an article even if that check were bypassed. Stores created before
/// this keep their primary keys; they read and write the same.
/// </summary>
internal static class DuckDbSchema
{
    /// <summary>Raised when a table or column changes meaning; <see cref="DuckDbEventStore"/> refuses newer stores.</summary>
    /// Version 2 (event merge): <c>mentions.ordinal</c>, an event's mentions in order, 0 = the primary one.
    public const int Version = 2;

    public const string Create = """
        CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL);
        CREATE SEQUENCE article_key_seq START 1;
        CREATE SEQUENCE event_key_seq START 1;
        CREATE TABLE articles (
            key             BIGINT NOT NULL,           -- from article_key_seq
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
            event_key           BIGINT  NOT NULL,      -- from event_key_seq
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
        CREATE TABLE mentions (                        -- every sentence that reports an event (CodedEvent.Mentions)
            event_key     BIGINT  NOT NULL,
            article_key   BIGINT  NOT NULL,
            sentence      INTEGER NOT NULL,
            trigger       VARCHAR NOT NULL,
            trigger_start INTEGER NOT NULL,
            trigger_end   INTEGER NOT NULL,
            rule          VARCHAR NOT NULL,
            sentence_text VARCHAR NOT NULL,
            section       VARCHAR NOT NULL,
            ordinal       INTEGER NOT NULL DEFAULT 0   -- 0 = the primary mention (the event's evidence), then text order
        );
        """;

    /// <summary>
    /// Version 1 → 2: one event may have several mentions. Version 1 stored exactly one mention per event,
    /// which is its primary one, so existing rows get ordinal 0. The column goes last, as in <see cref="Create"/>,
    /// so the appender's column order is the same for migrated and new stores.
    /// </summary>
    public const string MigrateFrom1 = """
        ALTER TABLE mentions ADD COLUMN ordinal INTEGER DEFAULT 0;
        UPDATE mentions SET ordinal = 0 WHERE ordinal IS NULL;
        ALTER TABLE mentions ALTER COLUMN ordinal SET NOT NULL;
        """;

    /// <summary>The event columns read by <c>DuckDbEventStore.ReadEvent</c>, in its order, from the alias <c>e</c>,
    /// then each mention's columns from <c>m</c>; one row per mention, an event's rows together, primary first.</summary>
    public const string EventColumns = """
        SELECT e.article_id, e.sentence,
               e.source_code, e.source_name, e.source_text, e.source_country,
               e.target_code, e.target_name, e.target_text, e.target_country,
               e.cameo, e.cameo_name, e.quad_class, e.goldstein,
               e.plover_type, e.plover_mode, e.plover_context,
               e.date, e.date_precision,
               e.has_place, e.place_name, e.place_country, e.place_lat, e.place_lon,
               e.attribution_code, e.attribution_name, e.attribution_text, e.attribution_country,
               e.negated, e.background, e.modality,
               m.trigger, m.rule, m.sentence_text, m.trigger_start, m.trigger_end, m.section,
               e.published, e.url, e.date_source,
               e.event_key, m.ordinal, m.sentence
        """;

    /// <summary>Flat columns for Parquet export: the JSON field names joined with '_'.</summary>
    public const string ExportSelect = """
        SELECT e.event_key, e.global_event_id, e.article_key, e.article_id AS article, e.sentence,
               e.source_code, e.source_name, e.source_text, e.source_country,
               e.target_code, e.target_name, e.target_text, e.target_country,
               e.cameo, e.cameo_name, e.root AS cameo_root, e.quad_class, e.goldstein,
               e.plover_type, e.plover_mode, e.plover_context,
               e.date, e.date_precision, e.date_source,
               e.place_name, e.place_country, e.place_lat, e.place_lon,
               e.attribution_code, e.attribution_name, e.attribution_text, e.attribution_country,
               e.negated, e.background, e.modality,
               m.trigger AS evidence_trigger, m.rule AS evidence_rule, m.sentence_text AS evidence_sentence_text,
               m.trigger_start AS evidence_trigger_start, m.trigger_end AS evidence_trigger_end, m.section AS evidence_section,
               e.published, e.url,
               (SELECT count(*) FROM mentions x WHERE x.event_key = e.event_key) AS num_mentions,
               (SELECT list(struct_pack(sentence := x.sentence, trigger := x.trigger, rule := x.rule,
                                        sentence_text := x.sentence_text, trigger_start := x.trigger_start,
                                        trigger_end := x.trigger_end, section := x.section) ORDER BY x.ordinal)
                FROM mentions x WHERE x.event_key = e.event_key) AS mentions
        FROM events e JOIN mentions m ON m.event_key = e.event_key AND m.ordinal = 0
        """;
}
