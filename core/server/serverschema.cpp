// Version 1 of the server schema: who is who (users), the 照会 (requests), the submissions with
// their versions, the reviews and the audit log; row-level security on every table; the workflow
// steps as SECURITY DEFINER functions, so that the application roles hold SELECT and EXECUTE
// only: no INSERT, UPDATE or DELETE on any table, no DDL.

#include "core/server/serverschema.h"

namespace shienplan::serverschema
{

namespace
{

// Written once; a later version adds a new text below and never edits this one (a server
// migrated from version 1 must end up the same as one created fresh).
const char *const kVersion1 = R"SQL(
CREATE SCHEMA shienplan;
REVOKE ALL ON SCHEMA shienplan FROM PUBLIC;

CREATE TABLE shienplan.schema_version (version integer NOT NULL);

-- Filled by the owner through `server user`: the login's body and role. A login that is not
-- here (or not active) sees nothing and may do nothing.
CREATE TABLE shienplan.users (
    login name PRIMARY KEY,
    body_code text NOT NULL CHECK (body_code ~ '^[0-9]{6}$'),
    prefecture_code text NOT NULL CHECK (prefecture_code ~ '^[0-9]{6}$'),
    role text NOT NULL CHECK (role IN ('planner', 'officer')),
    active boolean NOT NULL DEFAULT true,
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- The 照会 of a prefecture for a fiscal year.
CREATE TABLE shienplan.requests (
    prefecture_code text NOT NULL,
    fiscal_year integer NOT NULL,
    deadline date,
    note text NOT NULL DEFAULT '',
    opened_by name NOT NULL,
    opened_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (prefecture_code, fiscal_year)
);

-- Every submission is a new row (version 1, 2, …); none is ever updated. The hash is checked
-- by the server itself, so a row whose document does not match it cannot exist.
CREATE TABLE shienplan.submissions (
    id bigserial PRIMARY KEY,
    body_code text NOT NULL,
    prefecture_code text NOT NULL,
    fiscal_year integer NOT NULL,
    version integer NOT NULL CHECK (version > 0),
    submitted_by name NOT NULL,
    submitted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    title text NOT NULL,
    file_name text NOT NULL,
    document bytea NOT NULL,
    sha256 text NOT NULL CHECK (sha256 = encode(sha256(document), 'hex')),
    plans text NOT NULL,
    evaluation text NOT NULL,
    alternatives integer NOT NULL,
    adopted text,
    eligible boolean NOT NULL,
    national_min numeric, national_max numeric,
    prefecture_min numeric, prefecture_max numeric,
    local_min numeric, local_max numeric,
    UNIQUE (body_code, fiscal_year, version)
);
CREATE INDEX submissions_year ON shienplan.submissions (prefecture_code, fiscal_year, body_code, version DESC);

CREATE TABLE shienplan.reviews (
    id bigserial PRIMARY KEY,
    submission_id bigint NOT NULL REFERENCES shienplan.submissions (id),
    body_code text NOT NULL,
    prefecture_code text NOT NULL,
    fiscal_year integer NOT NULL,
    decision text NOT NULL CHECK (decision IN ('accepted', 'returned')),
    comment text NOT NULL DEFAULT '',
    reviewed_by name NOT NULL,
    reviewed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX reviews_submission ON shienplan.reviews (submission_id, id DESC);

-- Append-only: the application roles may read their part and nothing else; the workflow
-- functions append in the same transaction as the step they record.
CREATE TABLE shienplan.audit_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    login name NOT NULL,
    action text NOT NULL,
    prefecture_code text,
    body_code text,
    fiscal_year integer,
    detail text NOT NULL DEFAULT ''
);

-- Who the session's login is. session_user, not current_user: inside a SECURITY DEFINER
-- function current_user is the owner.
CREATE FUNCTION shienplan.me() RETURNS shienplan.users
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT u FROM shienplan.users u WHERE u.login = session_user AND u.active $$;
CREATE FUNCTION shienplan.my_prefecture() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT prefecture_code FROM shienplan.users WHERE login = session_user AND active $$;
CREATE FUNCTION shienplan.my_body() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT body_code FROM shienplan.users WHERE login = session_user AND active $$;
CREATE FUNCTION shienplan.my_role() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
    AS $$ SELECT role FROM shienplan.users WHERE login = session_user AND active $$;

ALTER TABLE shienplan.users ENABLE ROW LEVEL SECURITY;
ALTER TABLE shienplan.requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE shienplan.submissions ENABLE ROW LEVEL SECURITY;
ALTER TABLE shienplan.reviews ENABLE ROW LEVEL SECURITY;
ALTER TABLE shienplan.audit_log ENABLE ROW LEVEL SECURITY;

-- (SELECT f()) is evaluated once per query, not once per row.
CREATE POLICY own_or_prefecture ON shienplan.users FOR SELECT USING (
    login = session_user
    OR ((SELECT shienplan.my_role()) = 'officer' AND prefecture_code = (SELECT shienplan.my_prefecture())));
CREATE POLICY own_prefecture ON shienplan.requests FOR SELECT USING (
    prefecture_code = (SELECT shienplan.my_prefecture()));
CREATE POLICY own_body_or_prefecture ON shienplan.submissions FOR SELECT USING (
    prefecture_code = (SELECT shienplan.my_prefecture())
    AND ((SELECT shienplan.my_role()) = 'officer' OR body_code = (SELECT shienplan.my_body())));
CREATE POLICY own_body_or_prefecture ON shienplan.reviews FOR SELECT USING (
    prefecture_code = (SELECT shienplan.my_prefecture())
    AND ((SELECT shienplan.my_role()) = 'officer' OR body_code = (SELECT shienplan.my_body())));
CREATE POLICY own_steps_or_prefecture ON shienplan.audit_log FOR SELECT USING (
    prefecture_code = (SELECT shienplan.my_prefecture())
    AND ((SELECT shienplan.my_role()) = 'officer' OR login = session_user));

CREATE FUNCTION shienplan.refuse(message text) RETURNS void
    LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION USING MESSAGE = message, ERRCODE = 'insufficient_privilege'; END $$;

-- The officer opens (or changes the deadline and note of) the 照会 of their prefecture.
CREATE FUNCTION shienplan.open_request(p_year integer, p_deadline date, p_note text)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE u shienplan.users;
BEGIN
    u := shienplan.me();
    IF u.login IS NULL OR u.role <> 'officer' THEN
        PERFORM shienplan.refuse(format('%s is not an officer of any prefecture on this server: only an officer opens a request', session_user));
    END IF;
    INSERT INTO shienplan.requests (prefecture_code, fiscal_year, deadline, note, opened_by)
        VALUES (u.prefecture_code, p_year, p_deadline, p_note, session_user)
        ON CONFLICT (prefecture_code, fiscal_year)
        DO UPDATE SET deadline = EXCLUDED.deadline, note = EXCLUDED.note;
    INSERT INTO shienplan.audit_log (login, action, prefecture_code, body_code, fiscal_year, detail)
        VALUES (session_user, 'request', u.prefecture_code, u.body_code, p_year,
                coalesce('deadline ' || p_deadline::text || ' ', '') || p_note);
END $$;

-- A planner's submission for their own body: a new version, numbered under a lock of the body
-- and year so that two at once get 1 and 2, never the same number.
CREATE FUNCTION shienplan.submit(p_year integer, p_title text, p_file_name text, p_document bytea,
        p_sha256 text, p_plans text, p_evaluation text, p_alternatives integer, p_adopted text,
        p_eligible boolean, p_national_min numeric, p_national_max numeric,
        p_prefecture_min numeric, p_prefecture_max numeric, p_local_min numeric, p_local_max numeric,
        p_body text)
    RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE u shienplan.users; v integer;
BEGIN
    u := shienplan.me();
    IF u.login IS NULL OR u.role <> 'planner' THEN
        PERFORM shienplan.refuse(format('%s is not a planner of any body on this server: only a body''s planner submits', session_user));
    END IF;
    IF p_body <> u.body_code THEN
        PERFORM shienplan.refuse(format('%s plans for body %s, not for %s', session_user, u.body_code, p_body));
    END IF;
    IF NOT EXISTS (SELECT 1 FROM shienplan.requests WHERE prefecture_code = u.prefecture_code AND fiscal_year = p_year) THEN
        PERFORM shienplan.refuse(format('no request (照会) is open for fiscal year %s in this prefecture', p_year));
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended(u.body_code || '/' || p_year::text, 0));
    SELECT coalesce(max(version), 0) + 1 INTO v FROM shienplan.submissions
        WHERE body_code = u.body_code AND fiscal_year = p_year;
    INSERT INTO shienplan.submissions (body_code, prefecture_code, fiscal_year, version, submitted_by,
            title, file_name, document, sha256, plans, evaluation, alternatives, adopted, eligible,
            national_min, national_max, prefecture_min, prefecture_max, local_min, local_max)
        VALUES (u.body_code, u.prefecture_code, p_year, v, session_user, p_title, p_file_name,
            p_document, p_sha256, p_plans, p_evaluation, p_alternatives, p_adopted, p_eligible,
            p_national_min, p_national_max, p_prefecture_min, p_prefecture_max, p_local_min, p_local_max);
    INSERT INTO shienplan.audit_log (login, action, prefecture_code, body_code, fiscal_year, detail)
        VALUES (session_user, 'submit', u.prefecture_code, u.body_code, p_year,
                format('version %s, sha256 %s', v, p_sha256));
    RETURN v;
END $$;

-- The officer accepts or returns the latest version of a body of their prefecture.
CREATE FUNCTION shienplan.review(p_body text, p_year integer, p_decision text, p_comment text)
    RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE u shienplan.users; s shienplan.submissions;
BEGIN
    u := shienplan.me();
    IF u.login IS NULL OR u.role <> 'officer' THEN
        PERFORM shienplan.refuse(format('%s is not an officer of any prefecture on this server: only an officer accepts or returns', session_user));
    END IF;
    SELECT * INTO s FROM shienplan.submissions
        WHERE body_code = p_body AND fiscal_year = p_year AND prefecture_code = u.prefecture_code
        ORDER BY version DESC LIMIT 1 FOR UPDATE;
    IF s.id IS NULL THEN
        PERFORM shienplan.refuse(format('body %s has submitted nothing for fiscal year %s in this prefecture', p_body, p_year));
    END IF;
    INSERT INTO shienplan.reviews (submission_id, body_code, prefecture_code, fiscal_year, decision, comment, reviewed_by)
        VALUES (s.id, s.body_code, s.prefecture_code, s.fiscal_year, p_decision, p_comment, session_user);
    INSERT INTO shienplan.audit_log (login, action, prefecture_code, body_code, fiscal_year, detail)
        VALUES (session_user, p_decision, s.prefecture_code, s.body_code, p_year,
                format('version %s: %s', s.version, p_comment));
    RETURN s.version;
END $$;

-- The owner's: a login for a body, or a changed body, role or password of one. Format's %I and
-- %L quote the name and the password, which cannot be parameters of CREATE ROLE.
CREATE FUNCTION shienplan.put_user(p_login text, p_password text, p_body text, p_prefecture text,
        p_role text, p_group text)
    RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_password);
    ELSE
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_login, p_password);
    END IF;
    EXECUTE format('GRANT %I TO %I', p_group, p_login);
    INSERT INTO shienplan.users (login, body_code, prefecture_code, role, active)
        VALUES (p_login, p_body, p_prefecture, p_role, true)
        ON CONFLICT (login) DO UPDATE SET body_code = EXCLUDED.body_code,
            prefecture_code = EXCLUDED.prefecture_code, role = EXCLUDED.role, active = true,
            changed_at = clock_timestamp();
    INSERT INTO shienplan.audit_log (login, action, prefecture_code, body_code, detail)
        VALUES (session_user, 'user', p_prefecture, p_body, format('%s as %s', p_login, p_role));
END $$;

-- The owner's: a login that may no longer log in nor do anything (its rows stay, for the record).
CREATE FUNCTION shienplan.revoke_user(p_login text)
    RETURNS boolean LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE u shienplan.users;
BEGIN
    SELECT * INTO u FROM shienplan.users WHERE login = p_login;
    IF u.login IS NULL THEN
        RETURN false;
    END IF;
    UPDATE shienplan.users SET active = false, changed_at = clock_timestamp() WHERE login = p_login;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
    END IF;
    INSERT INTO shienplan.audit_log (login, action, prefecture_code, body_code, detail)
        VALUES (session_user, 'revoke', u.prefecture_code, u.body_code, p_login);
    RETURN true;
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA shienplan FROM PUBLIC;

DO $$
DECLARE planner text := current_database() || '_planner';
        officer text := current_database() || '_officer';
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = planner) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', planner);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = officer) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', officer);
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I', current_database(), planner, officer);
    EXECUTE format('GRANT USAGE ON SCHEMA shienplan TO %I, %I', planner, officer);
    EXECUTE format('GRANT SELECT ON shienplan.schema_version, shienplan.users, shienplan.requests, '
                   'shienplan.submissions, shienplan.reviews, shienplan.audit_log TO %I, %I', planner, officer);
    EXECUTE format('GRANT EXECUTE ON FUNCTION shienplan.me(), shienplan.my_prefecture(), '
                   'shienplan.my_body(), shienplan.my_role() TO %I, %I', planner, officer);
    EXECUTE format('GRANT EXECUTE ON FUNCTION shienplan.submit(integer, text, text, bytea, text, text, text, '
                   'integer, text, boolean, numeric, numeric, numeric, numeric, numeric, numeric, text) TO %I', planner);
    EXECUTE format('GRANT EXECUTE ON FUNCTION shienplan.open_request(integer, date, text), '
                   'shienplan.review(text, integer, text, text) TO %I', officer);
END $$;
)SQL";

} // namespace

QString migration(int to)
{
    switch (to) {
    case 1:
        return QString::fromUtf8(kVersion1);
    default:
        return {};
    }
}

QString plannerRole(const QString &database)
{
    return database + QStringLiteral("_planner");
}

QString officerRole(const QString &database)
{
    return database + QStringLiteral("_officer");
}

} // namespace shienplan::serverschema
