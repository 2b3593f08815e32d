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
        "B-1: 表では◎だが、同じ資料の事業イメージ（002:444-451）と003:262は任意（○）として記載。列名も推定。",
    ("B", "station", "multidisciplinary_team"):
        "B-2: 表では○だが、ステーション事業の頁（002:1125-1132）の任意事業は6項目でこれを含まない。列名も推定。",
    ("B", "center_prefectural", "municipal_backup"):
        "003:265 では「都道府県は必須」とあり指定都市は明記なし。表（都道府県・指定都市の行）に従い◎。",
    ("A", "center_prefectural", "municipal_backup"):
        "003:265 では「都道府県は必須」とあり指定都市は明記なし。表（都道府県・指定都市の行）に従い◎。",
    ("A", "center_prefectural", "visiting_supporters"):
        "列見出しが抽出されていない14列目（000:174）。令和7年度創設の「市町村等訪問支援員」加算（004:7492-7496）と推定。原本で要確認。",
}

MUNICIPAL = ["core_city", "city", "town", "village", "special_ward"]
ALL_KINDS = ["prefecture", "designated_city"] + MUNICIPAL


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


def cells(version, columns, menu):
    row_source, row = (MATRIX_A if version.startswith("A") else MATRIX_B)[menu]
    symbols = row.split()
    out = {}
    for col, sym in zip(columns, symbols):
        if sym == "-":
            status, note = "inferred", "「-」は対象外と解釈（凡例は◎と○のみ）"
        elif col in PRINTED_LABELS:
            status, note = "stated", None
        else:
            status, note = "inferred", "列見出しのずれ・欠落を補った読み（列の内容から推定）"
        extra = CELL_NOTES.get((version[0], menu, col))
        if extra:
            note = extra if note is None else extra + " " + note
        out[col] = {"value": CELL[sym], **prov(status, row_source, note)}
    return out


def year_sources(fy):
    """Where the program-wide 1/2 rate is printed for a year's documents."""
    return {2022: "003:238-239", 2023: "002:439-440"}.get(fy, "000:120-121")


def book(fy):
    carried = fy > 2022
    version = {2022: "B", 2023: "B", 2024: "A13", 2025: "A"}[fy]
    columns = {"B": COLUMNS_B, "A13": COLUMNS_A13, "A": COLUMNS_A}[version]
    stated_amount = "carried_over" if carried else "stated"
    carry_note = "令和4年度の国庫補助基準（002:1147-1183）の額を継続。当該年度の交付要綱で要確認。" if carried else None
    rate_half = year_sources(fy)

    def rate(value, status, source, note=None):
        return {"value": value, **prov(status, source, note)}

    caps_a = version.startswith("A")
    menus = []

    m1 = {
        "id": "center_prefectural",
        "bodies": {"value": ["prefecture", "designated_city"],
                   **prov("stated", "000:174" if caps_a else "002:505",
                          "「都道府県・指定都市」の行（003:214-216 も参照）")},
        "rate": rate("1/2", "stated", rate_half),
        "cells": cells(version, columns, "center_prefectural"),
    }
    if caps_a:
        m1["caps"] = {"professionals": count(3, "stated", "000:174", "専門職の配置 ※3人まで")}
        if version == "A":
            m1["caps"]["visiting_supporters"] = count(
                3, "inferred", "000:174", "14列目の「※3人まで」。資料に列見出しがなく、列名は推定")
    m1["min_coordinators"] = count(2, "stated", "003:247", "ひきこもり支援コーディネーター 2名以上")
    m1["joint"] = {"value": False, **prov("unknown", own("joint"), "共同実施はステーション事業・サポート事業のみ明記（002:1154）")}
    m1["startup_support"] = False
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
        "bodies": {"value": ["prefecture"], **prov("stated", "000:175" if caps_a else "002:506", "※都道府県のみ")},
        "rate": rate("1/2", "inferred", rate_half, "事業全体の補助率 1/2 から"),
        "cells": cells(version, columns, "satellite"),
        "min_coordinators": count(2, "inferred", "003:247", "センターの配置基準（2名以上）をサテライトにも適用"),
        "max_duration_years": count(2, "stated", "000:52" if fy >= 2024 else "002:327", "原則2年後に市町村事業に移行"),
        "joint": {"value": False, **prov("unknown", own("joint"))},
        "startup_support": False,
        "standard": {
            "base": unknown(own("satellite-base"), "サテライトの基準額は資料に記載なし"),
            "addon_scope": "optional",
            "addon_default": unknown(own("addons"), "任意事業の加算額は資料に記載なし"),
        },
    }
    menus.append(m2)

    m3 = {
        "id": "center_municipal",
        "bodies": {"value": MUNICIPAL, **prov("inferred", "002:508", "「中核市・一般市町村」の行。特別区を含み指定都市を除く（001:21-23）")},
        "rate": rate("1/2", "stated", rate_half),
        "cells": cells(version, columns, "center_municipal"),
    }
    if caps_a:
        m3["caps"] = {"professionals": count(3, "stated", "000:176", "専門職の配置 ※3人まで")}
    m3.update({
        "min_coordinators": count(2, "inferred", "003:247", "センター共通の頁の配置基準（2名以上）"),
        "joint": {"value": False, **prov("unknown", own("joint"), "共同実施はステーション事業・サポート事業のみ明記（002:1154）")},
        "startup_support": True,
        "exclusive_group": "municipal",
        "standard": {
            "base": unknown(own("center-base"), "市町村センターの基準額は資料に記載なし"),
            "addon_scope": "optional",
            "addon_default": unknown(own("addons"), "任意事業の加算額は資料に記載なし"),
        },
    })
    menus.append(m3)

    m4 = {
        "id": "station",
        "bodies": {"value": MUNICIPAL, **prov("inferred", "002:508", "「中核市・一般市町村」の行（特別区を含む）")},
        "rate": rate("1/2", "stated", "002:1147" if fy == 2022 else rate_half),
        "cells": cells(version, columns, "station"),
    }
    if caps_a:
        m4["caps"] = {"professionals": count(1, "stated", "000:177", "専門職の配置 ※1人まで")}
    m4.update({
        "min_coordinators": count(1, "stated", "002:1121", "ひきこもり支援コーディネーター 1名以上"),
        "joint": {"value": True, **prov("stated", "002:1154", "2以上の自治体による共同実施も可能")},
        "startup_support": True,
        "exclusive_group": "municipal",
        "standard": {
            "base": amount(10_000_000, stated_amount, "002:1148", carry_note or "重層的支援体制整備事業を実施していない場合 10,000千円"),
            "base_juso": amount(7_500_000, stated_amount, "002:1149", carry_note or "重層的支援体制整備事業を実施している場合 7,500千円"),
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
        "bodies": {"value": MUNICIPAL, **prov("inferred", "002:508", "「中核市・一般市町村」の行（特別区を含む）")},
        "rate": rate("1/2", "stated", "002:1180" if fy == 2022 else rate_half),
        "cells": cells(version, columns, "support"),
        "min_selected": count(1, "inferred", "002:1158", "任意の事業を選択（複数可）して実施"),
        "joint": {"value": True, **prov("stated", "002:1154", "2以上の自治体による共同実施も可能")},
        "startup_support": True,
        "exclusive_group": "municipal",
        "standard": {
            "addon_scope": "selected",
            "addons": {sp: amount(v, stated_amount, src, carry_note) for sp, v_src in support_amounts.items()
                       for v, src in [v_src]},
        },
    }
    menus.append(m5)

    if fy >= 2024:
        menus.append({
            "id": "preparation",
            "bodies": {"value": MUNICIPAL, **prov("stated", "000:48", "新たに支援開始を検討している市町村")},
            "rate": rate("3/4", "assumed", "000:48",
                         "資料は「手厚く補助」のみ。3/4 は令和4年度加速化事業（002:529-532）からの仮定"),
            "joint": {"value": False, **prov("unknown", own("joint"))},
            "startup_support": False,
            "next_year_requires": {"value": ["center_municipal", "station", "support"],
                                   **prov("stated", "000:46-48", "※次年度、センター等の実施が条件")},
            "standard": {"base": unknown(own("preparation-cap"), "準備支援の上限額は資料に記載なし"),
                         "addon_scope": "none"},
        })
    if fy == 2022:
        menus.append({
            "id": "acceleration",
            "bodies": {"value": ALL_KINDS, **prov("inferred", "002:525-527", "事業実施主体は「市町村等」、※都道府県も可（002:320）")},
            "rate": rate("3/4", "stated", "002:529-532", "国3/4（令和4年度補正）"),
            "joint": {"value": False, **prov("unknown", own("joint"))},
            "startup_support": False,
            "standard": {"base": unknown(own("acceleration-cap"), "加速化事業の上限額は資料に記載なし"),
                         "addon_scope": "none"},
        })

    startup_src = "000:139" if fy >= 2024 else "002:458"
    label = f"令和{fy - 2018}年度"
    matrix_note = {
        "B": "令和5年度資料の表（12列、002:501-512）を印刷どおりに採用",
        "A13": "令和7年度資料の表（14列、000:170-183）から14列目を除いたもの",
        "A": "令和7年度資料の表（14列、000:170-183）。14列目は資料に列見出しがなく、列名は推定",
    }[version]
    notes = []
    if carried:
        notes.append("金額はすべて令和4年度の国庫補助基準から継続したもの（carried_over）。当該年度の交付要綱の額を入力すると置き換わります。")
    notes.append("補助額の計算（基準額と実支出額の少ない方 × 補助率、千円未満切捨て）は交付要綱の通例による仮定です。")
    return {
        "format": "shienplan/rulebook",
        "version": 1,
        "fiscal_year": fy,
        "title": {"ja": f"{label} ひきこもり支援推進事業", "en": f"FY{fy} hikikomori support promotion program"},
        "matrix": {"version": version, **prov("stated", "000:170-183" if caps_a else "002:501-512", matrix_note)},
        "columns": columns,
        "menus": menus,
        "startup_support": {
            "national_share": {"value": "1/2", **prov("stated", startup_src, "国:1/2")},
            "prefecture_share": {"min": "1/4", "max": "1/2", **prov("stated", startup_src, "都道府県1/4〜1/2、市町村0〜1/4")},
            "max_duration_years": count(2, "assumed", "000:52",
                                        "「有期」の年数は記載なし。サテライトの「原則2年」を適用"),
        },
        "calculation": {
            "truncation_unit": amount(1000, "assumed", own("calculation"), "千円未満切捨て（交付要綱の通例。資料に記載なし）"),
            "adopted_rule": prov("assumed", own("calculation"),
                                 "対象経費の実支出額から寄付金その他の収入額を控除した額と基準額を比較して少ない方に補助率を乗じる（交付要綱の通例）"),
        },
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
