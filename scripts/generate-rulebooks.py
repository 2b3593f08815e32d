#!/usr/bin/env python3
"""Writes the bundled rule books resources/rules/fy2022.json … fy2026.json.

The books are data, committed to the repository; this script is how they were made and how to
remake them after a correction. Every value below is transcribed from the developers' line-by-line
reading of the five source documents (docs/sources.md) and settled as docs/assumptions.md
explains. Each carries a status and a source: a document and its line ("002:1148"), or, where the
documents give no value, one of ShienPlan's own decisions ("ShienPlan: joint", own() below; the
ids are listed in docs/assumptions.md and core/base/sources.cpp). Nothing a book says may name
the developers' notes: notes and sources reach the window, the PDF and the workbook.

    python3 scripts/generate-rulebooks.py        # rewrites resources/rules/*.json

令和8年度 (FY2026) has no source of its own yet: its book is 令和7年度's carried over, made the way
the program makes a new fiscal year (core/rules/rulebookedit.cpp newFiscalYear, which
tests/core/tst_rulebooks.cpp compares with this file): every value that is known gets the status
carried_over with its FY2025 source and the note 「令和7年度から継続（未確認）」; unknown values stay
unknown.

Statuses follow the documents' fiscal years (SOURCE_YEARS below, the same table as
core/base/sources.cpp, which tests/core/tst_rulestatus.cpp holds every book to): a value is
`stated` only where its source is of the book's year; from an earlier year's document it is
`carried_over`, from a later year's `inferred`, and a cap printed only in a later year's table
`assumed`. The status is derived here from the source, never typed in by hand, so that it cannot
drift from the table.
"""
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "rules"

COLUMNS_B = ["consultation", "ibasho", "network", "peer_family_meetings", "public_lectures",
             "supporters", "private_partners", "needs_survey", "professionals",
             "multidisciplinary_team", "staff_training", "municipal_backup"]
COLUMNS_A13 = COLUMNS_B + ["supporter_care"]
COLUMNS_A = COLUMNS_A13 + ["visiting_supporters"]

# The matrices as printed: R = ◎ required, O = ○ optional, - = not allowed.
# Version B, 002:505-509 (12 columns).
MATRIX_B = {
    "center_prefectural": ("002:505", "R R R R R O O O O R R R"),
    "satellite":          ("002:506", "R R O O O O O O O - - O"),
    "center_municipal":   ("002:507", "R R R R R O O O O O O -"),
    "station":            ("002:508", "R R R O O O O O O O - -"),
    "support":            ("002:509", "O O O O O O O O - - - -"),
}
# Version A, 000:174-178 (14 columns; caps are printed in the cells, "※3人まで").
MATRIX_A = {
    "center_prefectural": ("000:174", "R R R R R O O O O O R R O O"),
    "satellite":          ("000:175", "R R O O O O O O O O O O - -"),
    "center_municipal":   ("000:176", "R R R R R O O O O O - - - -"),
    "station":            ("000:177", "R R R O O O O O O - - - - -"),
    "support":            ("000:178", "O O O O O O O O - - - - - -"),
}
CELL = {"R": "required", "O": "optional", "-": "not_allowed"}
# Columns whose label is printed where the cell stands. After ⑦ both headers are shifted by one
# and Version B prints no label at all for its last three columns, so
# those cells rest on an inferred reading of the column.
PRINTED_LABELS = set(COLUMNS_B[:7])

CELL_NOTES = {
    # Disagreements between a matrix and the prose pages, shown to the user on the cell
    # (docs/assumptions.md: the matrices are taken as printed).
    ("B", "center_prefectural", "multidisciplinary_team"):
        "表では◎だが、同じ資料の事業イメージ（002:444-451）と003:262は任意（○）として記載。列名も推定。",
    ("B", "center_prefectural", "municipal_backup"):
        "003:265 では「都道府県は必須」とあり指定都市は明記なし。表（都道府県・指定都市の行）に従い◎。",
    ("A", "center_prefectural", "municipal_backup"):
        "003:265 では「都道府県は必須」とあり指定都市は明記なし。表（都道府県・指定都市の行）に従い◎。",
    ("A", "center_prefectural", "visiting_supporters"):
        "列見出しが抽出されていない14列目（000:174）。令和7年度創設の「市町村等訪問支援員」加算（004:7492-7496）と推定。原本で要確認。",
}

# Where a document of the book's own year says otherwise than the matrix the book takes as
# printed: a note on the cell, shown in words in the window, the explanation and the report.
# Kept only in the years the disagreeing source speaks for (source_years).
DISAGREEMENTS = {
    ("B", "center_prefectural", "multidisciplinary_team"): [
        ("003:262", "令和4年度の資料のセンターの頁（003:262）では「多職種専門チームの設置」は任意事業（○）。表は◎")],
    ("B", "center_prefectural", "municipal_backup"): [
        ("003:265", "令和4年度の資料のセンターの頁（003:265）では後方支援は「都道府県は必須」で、指定都市には必須とされていない。表は都道府県・指定都市とも◎")],
    ("B", "center_prefectural", "professionals"): [
        ("003:251-266", "令和4年度の資料のセンターの頁（003:251-266）の事業一覧に「専門職の配置」はない。表は○")],
    ("B", "center_municipal", "professionals"): [
        ("003:251-266", "令和4年度の資料のセンターの頁（003:251-266）の事業一覧に「専門職の配置」はない。表は○")],
    ("B", "station", "multidisciplinary_team"): [
        ("002:1125-1132", "同じ年度のステーション事業の頁（002:1125-1132）の任意事業は6項目で「多職種専門チームの設置」を含まない。表は○（列名も推定）")],
}

MUNICIPAL = ["core_city", "city", "town", "village", "special_ward"]
ALL_KINDS = ["prefecture", "designated_city"] + MUNICIPAL

# Each document's fiscal year, and the stretches of a document that speak for other years
# (core/base/sources.cpp sourceDocuments() and sourceYearSections(): the same table).
DOC_YEARS = {"000": 2025, "001": 2025, "002": 2023, "003": 2022, "004": 2024}
SOURCE_YEARS = [
    ("000", 9, 23, 2024, 2024), ("000", 185, 322, 2024, 2024),
    ("001", 915, 1097, 2024, 2024),
    ("002", 320, 320, 2022, 2022), ("002", 514, 545, 2022, 2022),
    ("002", 1114, 1146, 2022, 2023), ("002", 1147, 1150, 2022, 2022),
    ("002", 1151, 1179, 2022, 2023), ("002", 1180, 1183, 2022, 2022),
    ("002", 1187, 1308, 2022, 2022),
    ("004", 7490, 7496, 2025, 2025),
]
TRUST = ["stated", "user", "carried_over", "inferred", "assumed", "range", "unknown"]


def source_years(source):
    """The fiscal years (first, last) a source id speaks for; None for our own decisions."""
    m = re.match(r"^\s*(\d{3}):(\d+)", source)
    if not m or m.group(1) not in DOC_YEARS:
        return None
    doc, line = m.group(1), int(m.group(2))
    for d, first_line, last_line, first, last in SOURCE_YEARS:
        if d == doc and first_line <= line <= last_line:
            return first, last
    return DOC_YEARS[doc], DOC_YEARS[doc]


def years_text(span):
    first, last = span
    return reiwa(first) if first == last else f"令和{first - 2018}〜{last - 2018}年度"


def status_in_year(reading, source, fy, cap=False):
    """The status of a value read as `reading` from `source` in the book of `fy`, and the
    phrase that says why when the year made it weaker (None when it did not)."""
    span = source_years(source)
    if span is None:
        return reading, None
    by_year, why = "stated", None
    if fy > span[1]:
        by_year = "carried_over"
        why = f"{years_text(span)}の資料の記載を継続（{reiwa(fy)}の資料には記載なし）"
    elif fy < span[0]:
        if cap:
            by_year = "assumed"
            why = f"{years_text(span)}の表にのみ記載。{reiwa(fy)}も同じと仮定"
        else:
            by_year = "inferred"
            why = f"{years_text(span)}の資料による推定（{reiwa(fy)}の資料には記載なし）"
    if TRUST.index(by_year) > TRUST.index(reading):
        return by_year, why
    return reading, None


def prov(status, source, note=None):
    p = {"status": status, "source": source}
    if note:
        p["note"] = note
    return p


def amount(value, status, source, note=None):
    return {"value": value, **prov(status, source, note)}


def yen_range(lo, hi, status, source, note=None):
    return {"min": lo, "max": hi, **prov(status, source, note)}


def own(topic):
    """The source of a value the documents do not give and ShienPlan decided (docs/assumptions.md)."""
    return f"ShienPlan: {topic}"


def unknown(source, note):
    return amount(None, "unknown", source, note)


def count(value, status, source, note=None):
    return {"value": value, **prov(status, source, note)}


def in_year(fy, reading, source, note=None, cap=False, year_note=True):
    """Provenance of a value read as `reading` from `source`, its status set by the year rule."""
    status, why = status_in_year(reading, source, fy, cap)
    if why and year_note:
        note = why if not note else f"{note}。{why}"
    return prov(status, source, note)


def cells(version, columns, menu, fy):
    row_source, row = (MATRIX_A if version.startswith("A") else MATRIX_B)[menu]
    symbols = row.split()
    out = {}
    for col, sym in zip(columns, symbols):
        if sym == "-":
            reading, note = "inferred", "「-」は対象外と解釈（凡例は◎と○のみ）"
        elif col in PRINTED_LABELS:
            reading, note = "stated", None
        else:
            reading, note = "inferred", "列見出しのずれ・欠落を補った読み（列の内容から推定）"
        extra = CELL_NOTES.get((version[0], menu, col))
        if extra:
            note = extra if note is None else extra + " " + note
        cell = {"value": CELL[sym], **in_year(fy, reading, row_source, note)}
        for d_source, d_note in DISAGREEMENTS.get((version[0], menu, col), []):
            span = source_years(d_source)
            if span and span[0] <= fy <= span[1]:
                cell["disagreement"] = {"source": d_source, "note": d_note}
        out[col] = cell
    return out


def year_sources(fy):
    """Where the program-wide 1/2 rate is printed for a year's documents."""
    return {2022: "003:238-239", 2023: "002:439-440"}.get(fy, "000:120-121")


def duration_source(fy):
    """The 「原則2年後に市町村事業に移行」 line in the overview of the nearest year's document."""
    return {2022: "002:324-327", 2023: "002:324-327", 2024: "001:1026-1030"}.get(fy, "000:50-52")


DURATION_NOTE = ("「原則2年後に市町村事業に移行」。この一文はサテライトの設置と立ち上げ支援の両方の説明の下にあり、"
                 "どちらの年数かは資料から決められないため推定")


def facts(fy, P):
    """What the sources say that no rule checks: shown as information in the rule book window
    and in the explanation of a plan of these menus."""
    return [
        {"id": "coordinator_qualifications", "menus": ["center_prefectural", "center_municipal"],
         "text": {"ja": "センターのひきこもり支援コーディネーターは社会福祉士、精神保健福祉士、臨床心理士等",
                  "en": "The centers' support coordinators are certified social workers, psychiatric "
                        "social workers, clinical psychologists and the like"},
         **P("stated", "003:249")},
        {"id": "contracting", "menus": ["center_prefectural", "center_municipal", "satellite"],
         "text": {"ja": "センターの事業はNPO等へ委託できる（「NPO等への事業委託可能」）",
                  "en": "The center program may be contracted out to NPOs and the like"},
         **P("stated", "003:222")},
    ]


def book(fy):
    carried = fy > 2022
    version = {2022: "B", 2023: "B", 2024: "A13", 2025: "A"}[fy]
    columns = {"B": COLUMNS_B, "A13": COLUMNS_A13, "A": COLUMNS_A}[version]
    carry_note = "令和4年度の国庫補助基準（002:1147-1183）の額を継続。当該年度の交付要綱で要確認。" if carried else None
    rate_half = year_sources(fy)

    def P(reading, source, note=None, **kw):
        return in_year(fy, reading, source, note, **kw)

    def rate(value, reading, source, note=None):
        return {"value": value, **P(reading, source, note)}

    def cnt(value, reading, source, note=None, **kw):
        return {"value": value, **P(reading, source, note, **kw)}

    def money(value, source, note):
        # The FY2022 standards carried over say so in their own note.
        return {"value": value, **P("stated", source, note, year_note=False)}

    # 立ち上げ支援 is 「市町村に対して」: the municipal menus carry it, the others do not.
    startup_src = "000:136-139" if fy >= 2024 else "002:455-458"

    def startup_flag(value):
        return {"value": value, **P("inferred", startup_src,
                                    "立ち上げ支援は「市町村に対して」行うもの。市町村の事業（センター・ステーション・サポート事業）が対象と解釈")}

    # No municipality is in two menus' lists of one year: the grouping behind combined_menus.
    group_src = "000:9-21" if fy >= 2024 else "002:1187-1308"
    group_note = ("同じ年度に二つ以上の事業の一覧に載る市町村はない（令和6年度 38＋110＋155＝303）" if fy >= 2024
                  else "令和4年度の一覧で、二つ以上の事業に載る市町村はない") + "。併用の可否は資料に記載なし"

    def group():
        return {"value": "municipal", **P("inferred", group_src, group_note)}

    caps_a = version.startswith("A")
    menus = []

    m1 = {
        "id": "center_prefectural",
        "bodies": {"value": ["prefecture", "designated_city"],
                   **P("stated", "000:174" if caps_a else "002:505",
                       "「都道府県・指定都市」の行（003:214-216 も参照）")},
        "rate": rate("1/2", "stated", rate_half),
        "cells": cells(version, columns, "center_prefectural", fy),
    }
    if caps_a:
        m1["caps"] = {"professionals": cnt(3, "stated", "000:174", "専門職の配置 ※3人まで", cap=True)}
        if version == "A":
            m1["caps"]["visiting_supporters"] = cnt(
                3, "inferred", "000:174", "14列目の「※3人まで」。資料に列見出しがなく、列名は推定", cap=True)
    m1["min_coordinators"] = cnt(2, "stated", "003:247", "ひきこもり支援コーディネーター 2名以上")
    m1["joint"] = {"value": False, **prov("unknown", own("joint"), "共同実施はステーション事業・サポート事業のみ明記（002:1154）")}
    m1["startup_support"] = startup_flag(False)
    m1["standard"] = {
        "base": unknown(own("center-base"), "センターの基準額は資料に記載なし"),
        "addon_scope": "optional",
        "addon_default": unknown(own("addons"), "任意事業の加算額は資料に記載なし"),
    }
    if version == "A":
        m1["standard"]["per_person"] = {"visiting_supporters": unknown(
            "004:7492-7496", "令和7年度創設の市町村等訪問支援員の加算。額は資料に記載なし")}
    menus.append(m1)

    m2 = {
        "id": "satellite",
        "bodies": {"value": ["prefecture"],
                   **(P("stated", "003:266", "サテライト設置事業（都道府県のみ）") if fy == 2022 else
                      P("stated", "000:175" if caps_a else "002:506", "※都道府県のみ"))},
        "rate": rate("1/2", "inferred", rate_half, "事業全体の補助率 1/2 から"),
        "cells": cells(version, columns, "satellite", fy),
        "min_coordinators": cnt(2, "inferred", "003:247", "センターの配置基準（2名以上）をサテライトにも適用"),
        "max_duration_years": cnt(2, "inferred", duration_source(fy), DURATION_NOTE),
        "joint": {"value": False, **prov("unknown", own("joint"))},
        "startup_support": startup_flag(False),
        "standard": {
            "base": unknown(own("satellite-base"), "サテライトの基準額は資料に記載なし"),
            "addon_scope": "optional",
            "addon_default": unknown(own("addons"), "任意事業の加算額は資料に記載なし"),
        },
    }
    menus.append(m2)

    m3 = {
        "id": "center_municipal",
        "bodies": {"value": MUNICIPAL, **P("inferred", "002:508", "「中核市・一般市町村」の行。特別区を含み指定都市を除く（001:21-23）")},
        "rate": rate("1/2", "stated", rate_half),
        "cells": cells(version, columns, "center_municipal", fy),
    }
    if caps_a:
        m3["caps"] = {"professionals": cnt(3, "stated", "000:176", "専門職の配置 ※3人まで", cap=True)}
    m3.update({
        "min_coordinators": cnt(2, "inferred", "003:247", "センター共通の頁の配置基準（2名以上）"),
        "joint": {"value": False, **prov("unknown", own("joint"), "共同実施はステーション事業・サポート事業のみ明記（002:1154）")},
        "startup_support": startup_flag(True),
        "exclusive_group": group(),
        "standard": {
            "base": unknown(own("center-base"), "市町村センターの基準額は資料に記載なし"),
            "addon_scope": "optional",
            "addon_default": unknown(own("addons"), "任意事業の加算額は資料に記載なし"),
        },
    })
    menus.append(m3)

    m4 = {
        "id": "station",
        "bodies": {"value": MUNICIPAL, **P("inferred", "002:508", "「中核市・一般市町村」の行（特別区を含む）")},
        "rate": rate("1/2", "stated", "002:1147" if fy == 2022 else rate_half),
        "cells": cells(version, columns, "station", fy),
    }
    if caps_a:
        m4["caps"] = {"professionals": cnt(1, "stated", "000:177", "専門職の配置 ※1人まで", cap=True)}
    m4.update({
        "min_coordinators": cnt(1, "stated", "002:1121", "ひきこもり支援コーディネーター 1名以上"),
        "joint": {"value": True, **P("stated", "002:1154", "2以上の自治体による共同実施も可能")},
        "startup_support": startup_flag(True),
        "exclusive_group": group(),
        "standard": {
            "base": money(10_000_000, "002:1148", carry_note or "重層的支援体制整備事業を実施していない場合 10,000千円"),
            "base_juso": money(7_500_000, "002:1149", carry_note or "重層的支援体制整備事業を実施している場合 7,500千円"),
            "addon_scope": "optional",
            "addon_default": yen_range(500_000, 3_000_000, "range", "002:1150",
                                       "任意事業1事業につき500千円〜3,000千円。事業ごとの額は資料に記載なし"
                                       + ("（令和4年度の範囲を継続）" if carried else "")),
        },
    })
    menus.append(m4)

    support_amounts = {
        "consultation": (1_000_000, "002:1182"), "ibasho": (1_000_000, "002:1182"),
        "network": (500_000, "002:1183"), "peer_family_meetings": (500_000, "002:1183"),
        "public_lectures": (500_000, "002:1183"), "supporters": (500_000, "002:1183"),
        "private_partners": (1_000_000, "002:1182"), "needs_survey": (500_000, "002:1183"),
    }
    m5 = {
        "id": "support",
        "bodies": {"value": MUNICIPAL, **P("inferred", "002:508", "「中核市・一般市町村」の行（特別区を含む）")},
        "rate": rate("1/2", "stated", "002:1180" if fy == 2022 else rate_half),
        "cells": cells(version, columns, "support", fy),
        "min_selected": cnt(1, "inferred", "002:1158", "任意の事業を選択（複数可）して実施"),
        "joint": {"value": True, **P("stated", "002:1154", "2以上の自治体による共同実施も可能")},
        "startup_support": startup_flag(True),
        "exclusive_group": group(),
        "standard": {
            "addon_scope": "selected",
            "addons": {sp: money(v, src, carry_note) for sp, (v, src) in support_amounts.items()},
        },
    }
    menus.append(m5)

    if fy >= 2024:
        # 令和6年度's own overview (001) prints the preparation support; 令和7年度's is 000.
        prep_src = "001:1071-1075" if fy == 2024 else "000:46-48"
        expanded = "。令和6年度の概要（001:1058）には「（拡充）」とあるが、何が拡充されたかは資料に記載なし" if fy == 2024 else ""
        menus.append({
            "id": "preparation",
            "bodies": {"value": MUNICIPAL,
                       **P("inferred", prep_src, "「新たに支援開始を検討している市町村」。指定都市を除く市区町村と解釈" + expanded)},
            "rate": rate("3/4", "assumed", prep_src,
                         "資料は「手厚く補助」のみ。3/4 は令和4年度加速化事業（002:529-532）からの仮定"),
            "joint": {"value": False, **prov("unknown", own("joint"))},
            "startup_support": startup_flag(False),
            "next_year_requires": {"value": ["center_municipal", "station", "support"],
                                   **P("inferred", prep_src, "「※次年度、センター等の実施が条件」。「センター等」を市町村のセンター・ステーション・サポート事業と解釈")},
            "standard": {"base": unknown(own("preparation-cap"), "準備支援の上限額は資料に記載なし"),
                         "addon_scope": "none"},
        })
    if fy == 2022:
        menus.append({
            "id": "acceleration",
            "bodies": {"value": ALL_KINDS, **P("inferred", "002:525-527", "事業実施主体は「市町村等」、※都道府県も可（002:320）")},
            "rate": rate("3/4", "stated", "002:529-532", "国3/4（令和4年度補正）"),
            "joint": {"value": False, **prov("unknown", own("joint"))},
            "startup_support": startup_flag(False),
            "standard": {"base": unknown(own("acceleration-cap"), "加速化事業の上限額は資料に記載なし"),
                         "addon_scope": "none"},
        })

    shares_src = "000:139" if fy >= 2024 else "002:458"
    label = f"令和{fy - 2018}年度"
    matrix_note = {
        "B": "令和5年度資料の表（12列、002:501-512）を印刷どおりに採用",
        "A13": "令和7年度資料の表（14列、000:170-183）から14列目を除いたもの",
        "A": "令和7年度資料の表（14列、000:170-183）。14列目は資料に列見出しがなく、列名は推定",
    }[version]
    notes = []
    if carried:
        notes.append("金額はすべて令和4年度の国庫補助基準から継続したもの（carried_over）。当該年度の交付要綱の額を入力すると置き換わります。")
    table_year = {2022: "令和5年度", 2024: "令和7年度"}.get(fy)
    if table_year:
        what = "表の値は推定、上限人数は仮定" if caps_a else "表の値は推定"
        notes.append(f"{label}の事業表を載せた{label}の資料はありません。{table_year}の資料の表を使い、"
                     f"{what}としています（出典とともに入力すると置き換わります）。")
    notes.append("補助額の計算（基準額と実支出額の少ない方 × 補助率、千円未満切捨て）は交付要綱の通例による仮定です。")
    return {
        "format": "shienplan/rulebook",
        "version": 1,
        "fiscal_year": fy,
        "title": {"ja": f"{label} ひきこもり支援推進事業", "en": f"FY{fy} hikikomori support promotion program"},
        "matrix": {"version": version, **P("stated", "000:170-183" if caps_a else "002:501-512", matrix_note)},
        "columns": columns,
        "menus": menus,
        "startup_support": {
            "national_share": {"value": "1/2", **P("stated", shares_src, "国:1/2")},
            "prefecture_share": {"min": "1/4", "max": "1/2", **P("stated", shares_src, "都道府県1/4〜1/2、市町村0〜1/4")},
            "max_duration_years": cnt(2, "inferred", duration_source(fy),
                                      "「有期」の年数は記載なし。" + DURATION_NOTE),
        },
        "calculation": {
            "truncation_unit": amount(1000, "assumed", own("calculation"), "千円未満切捨て（交付要綱の通例。資料に記載なし）"),
            "adopted_rule": prov("assumed", own("calculation"),
                                 "対象経費の実支出額から寄付金その他の収入額を控除した額と基準額を比較して少ない方に補助率を乗じる（交付要綱の通例）"),
        },
        "facts": facts(fy, P),
        "notes": notes,
    }


# The statuses whose name a carried-over note keeps (rulebookedit.cpp carriesItsStatus).
STATUS_LABEL = {"inferred": "推定", "assumed": "仮定", "range": "範囲", "user": "ユーザー入力"}
EARLIER_CARRY = re.compile(r"^令和\S+?年度から継続（未確認）。?")
CREATED_NOTE = re.compile(r"^令和\S+?年度のルールブック（.*から作成）")


def reiwa(fy):
    return f"令和{fy - 2018}年度"


def carried_over(latest, fy):
    """Next year's book from `latest` as newFiscalYear makes it: the same values and sources,
    every known one carried_over with a note naming the year it came from."""
    old = latest["fiscal_year"]
    b = json.loads(json.dumps(latest))
    b["fiscal_year"] = fy
    b["title"] = {"ja": b["title"]["ja"].replace(reiwa(old), reiwa(fy)),
                  "en": b["title"]["en"].replace(f"FY{old}", f"FY{fy}")}
    carried = f"{reiwa(old)}から継続（未確認）"

    def visit(node):
        if isinstance(node, dict):
            if "status" in node and node["status"] != "unknown":
                rest = EARLIER_CARRY.sub("", node.get("note", ""), count=1)
                note = carried
                if node["status"] in STATUS_LABEL:
                    note += f"。{reiwa(old)}は{STATUS_LABEL[node['status']]}"
                if rest:
                    note += "。" + rest
                node["status"] = "carried_over"
                node["note"] = note
            for v in node.values():
                visit(v)
        elif isinstance(node, list):
            for v in node:
                visit(v)

    visit(b["matrix"])
    visit(b["menus"])
    visit(b["startup_support"])
    visit(b["calculation"])
    visit(b.get("facts", []))
    notes = [n for n in b["notes"] if not CREATED_NOTE.match(n)]
    notes.insert(0, f"{reiwa(fy)}のルールブック（{reiwa(old)}から作成）。値はすべて前年度から継続（未確認）です。"
                    f"{reiwa(fy)}の交付要綱で確かめ、出典とともに入力すると「ユーザー入力」になります。")
    b["notes"] = notes
    return b


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    books = {fy: book(fy) for fy in (2022, 2023, 2024, 2025)}
    books[2026] = carried_over(books[2025], 2026)
    for fy, b in books.items():
        path = OUT / f"fy{fy}.json"
        text = json.dumps(b, ensure_ascii=False, indent=2) + "\n"
        path.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
