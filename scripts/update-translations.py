#!/usr/bin/env python3
"""Refreshes resources/translations/shienplan_ja.ts and fills in the Japanese.

The program's source strings are English (tr()); Japanese is its first language, and this
table holds the Japanese for every string, in the terms of the source documents (基準額, 補助率,
実施主体, 必須事業, 任意事業 …). Run after adding or changing a user-visible string:

    python3 scripts/update-translations.py          # lupdate (directory scan) + fill
    python3 scripts/update-translations.py --check  # exit 1 if a string has no Japanese

(The CMake target update_translations runs lupdate in project mode, which parses every
include and takes many minutes here; scanning the ui/ folder gives the same strings at once.)
"""
import pathlib
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "shienplan_ja.ts"
LUPDATE = "/usr/lib/qt6/bin/lupdate"

JA = {
    # commands (undo history)
    "Change the title": "表題の変更",
    "Add scenario": "シナリオの追加",
    "Remove scenario": "シナリオの削除",
    "Rename scenario": "シナリオ名の変更",
    "Change the implementing body": "実施主体の変更",
    "Change the fiscal year": "年度の変更",
    "Add program": "事業の追加",
    "Remove program": "事業の削除",
    "Choose menu: %1": "事業の選択: %1",
    "Select %1": "%1 を選択",
    "Unselect %1": "%1 の選択を解除",
    "Set %1 to %2": "%1 を %2 人に変更",
    "Set expenditure to %1 yen": "実支出額を %1 円に変更",
    "Set other income to %1 yen": "その他の収入を %1 円に変更",
    "Set the year of the program to %1": "実施年数を %1 年目に変更",
    "Change start-up support": "立ち上げ支援の変更",
    "Change the next year's program": "翌年度の事業の変更",
    "Change the joint members": "共同実施の構成の変更",
    "Enter rule value %1": "ルール値 %1 の入力",
    "Remove rule value %1": "ルール値 %1 の入力の取り消し",
    "Add note": "メモの追加",
    "Redo ": "やり直し ",
    "Undo ": "元に戻す ",
    # recovery
    "an unsaved document": "未保存の文書",
    "Recover unsaved work": "未保存の作業の復元",
    "ShienPlan was not closed normally. An automatic copy of %1 from %2 exists.\nOpen it? Your file itself has not been changed.":
        "ShienPlan は前回正常に終了しませんでした。%1 の自動保存（%2）があります。\n開きますか？元のファイルは変更されていません。",
    "Cannot recover": "復元できません",
    # body picker
    "Name, reading or code of the town (e.g. 富山, とやま, 162019)": "団体名・よみ・コード（例: 富山、とやま、162019）",
    # change log
    "When": "日時", "Who": "担当者", "What": "内容",
    # chart and comparison
    "thousand yen": "千円",
    "Scenarios compared (ranges drawn at their upper end)": "シナリオの比較（範囲は上限で表示）",
    "Scenarios compared": "シナリオの比較",
    "Programs": "事業",
    "Fiscal year": "年度",
    "Eligibility": "判定",
    "Standard amount (基準額)": "基準額",
    "National subsidy": "国庫補助額",
    "Prefecture support": "都道府県の支援",
    "Local burden": "実施主体の負担",
    "Requires": "必要な体制",
    "(no program)": "（事業なし）",
    "no rule book": "ルールブックなし",
    "Eligible": "補助対象",
    "Not eligible (%1 errors)": "補助対象外（エラー %1 件）",
    ", %1 warnings": "、注意 %1 件",
    "no required sub-project": "必須事業なし",
    "◎ %1": "◎ %1",
    ", coordinators ≥ %1": "、コーディネーター %1 名以上",
    # explanation
    "How the amounts of %1 were computed": "%1 の金額の計算根拠",
    "Values used, with their status and source": "使用した値（状態と出典）",
    "Sources are the seed documents by file and line (e.g. 002:1148), rules.md sections for gaps, or your own citation.":
        "出典は資料のファイル番号と行（例: 002:1148）、資料にない値は rules.md の該当節、またはユーザーが入力した出典です。",
    # findings
    "Kind": "区分",
    "Program": "事業",
    "Finding": "内容",
    "Source": "出典",
    # funding
    "Net expenditure": "実支出額（その他の収入を控除）",
    "Adopted amount": "補助対象額",
    "Scenario total: national": "シナリオ合計: 国庫補助額",
    "Scenario total: prefecture": "シナリオ合計: 都道府県の支援",
    "Scenario total: local": "シナリオ合計: 実施主体の負担",
    "Item": "項目",
    "Yen": "円",
    "Thousand yen": "千円",
    "Rests on": "根拠の状態",
    "No lower bound: an amount the sources do not give is unknown. Enter the official value to make it exact.":
        "下限なし: 資料にない額は不明のままです。正式な額を入力すると確定します。",
    "A range: a value behind it is known only as a range.": "範囲: 計算に使う値が範囲でしか分かっていません。",
    "Click for the full explanation with every rule and source.": "クリックすると、すべての規則と出典を含む計算根拠を表示します。",
    # main window
    "Implementing body and fiscal year": "実施主体と年度",
    "Funding (estimate)": "補助額の試算",
    "Findings": "指摘事項",
    "&Scenario": "シナリオ(&S)",
    "&Body": "実施主体(&B)",
    "&Population": "人口(&P)",
    "Fiscal &year": "年度(&Y)",
    "P&rogram": "事業(&R)",
    "&Menu": "メニュー(&M)",
    "Staff (coordinators / professionals / visiting supporters)": "人員（コーディネーター／専門職／訪問支援員）",
    "&Expenditure (yen)": "実支出額（円）(&E)",
    "&Other income (yen)": "寄付金その他の収入（円）(&O)",
    "Year of the program": "実施年数（何年目）",
    "Start-up support (prefecture share / year)": "立ち上げ支援（都道府県負担／年目）",
    "Next year's program": "翌年度の事業",
    "Joint program": "共同実施",
    "Runs 重層的支援体制整備事業": "重層的支援体制整備事業を実施",
    "With it the station's base amount is 7,500,000 yen instead of 10,000,000 yen (002:1148-1149).":
        "実施している場合、ステーション事業の基本額は 10,000千円 ではなく 7,500千円 です（002:1148-1149）。",
    "Has a welfare office": "福祉事務所を設置",
    "ひきこもり支援コーディネーター": "ひきこもり支援コーディネーター",
    "専門職の配置 (S09)": "専門職の配置（⑨）",
    "市町村等訪問支援員 (S14, from FY2025; column label unverified)": "市町村等訪問支援員（令和7年度から。表の列名は未確認）",
    "None": "なし",
    "Not decided (1/4–1/2)": "未定（1/4〜1/2）",
    "Prefecture %1": "都道府県 %1",
    "year ": "第",
    "How was this computed?": "計算の根拠を見る",
    "Plan": "計画",
    "Compare scenarios": "シナリオ比較",
    "Change log": "変更履歴",
    "Undo history": "操作履歴",
    "&File": "ファイル(&F)",
    "&New": "新規(&N)",
    "&Open…": "開く(&O)…",
    "Open &recent": "最近使ったファイル(&R)",
    "&Save": "保存(&S)",
    "Save &as…": "名前を付けて保存(&A)…",
    "&Quit": "終了(&Q)",
    "&Edit": "編集(&E)",
    "&Plan": "計画(&P)",
    "New scenario (copy of this one)": "新しいシナリオ（このシナリオを複製）",
    "Rename scenario…": "シナリオ名の変更…",
    "Explain the amounts": "金額の根拠",
    "&View": "表示(&V)",
    "&Language": "言語(&L)",
    "<original>": "<開いた時点>",
    " (read-only)": "（読み取り専用）",
    "Not changed: %1": "変更できません: %1",
    "There is no %1 in %2.": "%2には「%1」がありません。",
    "A %1 may not run this menu; it is for %2 (%3).": "%1はこの事業の実施主体ではありません。実施主体は%2です（%3）。",
    "Subsidy rate %1 (%2)": "補助率 %1（%2）",
    "(none)": "（なし）",
    "Run alone": "単独実施",
    "No rule book for this fiscal year": "この年度のルールブックがありません",
    "Eligible for the national subsidy": "国庫補助の対象です",
    "Not eligible: see the findings": "補助対象外です（指摘事項を確認してください）",
    "%1 (copy)": "%1（複製）",
    "Name": "名前",
    "Recovered: ": "復元: ",
    "Sample: 高岡市 令和7年度": "見本: 高岡市 令和7年度",
    "Read-only": "読み取り専用",
    "Cannot open": "開けません",
    "Open": "開く",
    "ShienPlan documents (*.shienplan);;JSON plans (*.json *.jsonl);;All files (*)":
        "ShienPlan 文書 (*.shienplan);;JSON の計画 (*.json *.jsonl);;すべてのファイル (*)",
    "Scenario 1": "シナリオ1",
    "Saved %1": "%1 に保存しました",
    "Cannot save": "保存できません",
    "Save as": "名前を付けて保存",
    "ShienPlan documents (*.shienplan)": "ShienPlan 文書 (*.shienplan)",
    "Unsaved changes": "未保存の変更",
    "Save the changes to %1?": "%1 の変更を保存しますか？",
    # matrix
    "Sub-project": "事業",
    "Required": "区分",
    "Amount in the standard": "基準額への算入",
    "in the base": "基本額に含む",
    "unknown": "不明",
    "◎ required for this menu": "◎ この事業の必須事業",
    "○ optional for this menu": "○ この事業の任意事業",
    "- not allowed for this menu": "- この事業では対象外",
    "Source: %1 (%2)": "出典: %1（%2）",
    "Not in this year's matrix": "この年度の表にない事業",
    "The label of this column is not printed in the source (000:173); verify it against the original.":
        "この列の見出しは資料に印字されていません（000:173）。原本で確認してください。",
}


def main():
    check_only = "--check" in sys.argv
    if not check_only:
        subprocess.run([LUPDATE, str(ROOT / "ui"), "-ts", str(TS), "-no-obsolete", "-locations", "none"], check=True)
    tree = ET.parse(TS)
    missing = []
    for msg in tree.getroot().iter("message"):
        source = msg.find("source").text or ""
        tr = msg.find("translation")
        if source in JA:
            tr.text = JA[source]
            tr.attrib.pop("type", None)
        else:
            missing.append(source)
    if not check_only:
        tree.write(TS, encoding="utf-8", xml_declaration=True)
    for m in missing:
        print(f"no Japanese for: {m!r}", file=sys.stderr)
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()
