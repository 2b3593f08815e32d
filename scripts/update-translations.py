#!/usr/bin/env python3
"""Refreshes resources/translations/shienplan_ja.ts and fills in the Japanese.

The program's source strings are English (tr()); Japanese is its first language, and this
table holds the Japanese for every string, in the terms of the source documents (基準額, 補助率,
実施主体, 必須事業, 任意事業 …). Run after adding or changing a user-visible string:

    python3 scripts/update-translations.py          # lupdate (directory scan) + fill
    python3 scripts/update-translations.py --check  # exit 1 if a string has no Japanese

Areas of the window may keep their strings in scripts/translations/<area>.py instead.

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
    "Add alternative": "案の追加",
    "Remove alternative": "案の削除",
    "Rename alternative": "案の名前の変更",
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
    "Runs the multi-layered support system program (重層的支援体制整備事業)": "重層的支援体制整備事業を実施",
    "With it the station's base amount is 7,500,000 yen instead of 10,000,000 yen (%1).":
        "実施している場合、ステーション事業の基本額は 10,000千円 ではなく 7,500千円 です（%1）。",
    "Has a welfare office": "福祉事務所を設置",
    "Support coordinators (ひきこもり支援コーディネーター)": "ひきこもり支援コーディネーター",
    "Professional staff (⑨ 専門職の配置)": "専門職の配置（⑨）",
    "Visiting supporters for municipalities (市町村等訪問支援員, ⑭, from FY2025; the printed matrix gives this column no header)":
        "市町村等訪問支援員（⑭、令和7年度から。資料の表ではこの列に見出しがありません）",
    "None": "なし",
    "Not decided (1/4–1/2)": "未定（1/4〜1/2）",
    "Prefecture %1": "都道府県 %1",
    "year ": "第",
    "How was this computed?": "計算の根拠を見る",
    "Plan": "計画",
    "Compare alternatives": "案の比較",
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
    "New alternative (copy of this one)": "新しい案（この案を複製）",
    "Rename alternative…": "案の名前の変更…",
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
    "Sample: Takaoka (高岡市), FY2025 (令和7年度)": "見本: 高岡市 令和7年度",
    "Read-only": "読み取り専用",
    "Cannot open": "開けません",
    "Open": "開く",
    "ShienPlan documents (*.shienplan);;JSON plans (*.json *.jsonl);;All files (*)":
        "ShienPlan 文書 (*.shienplan);;JSON の計画 (*.json *.jsonl);;すべてのファイル (*)",
    "Alternative 1": "案1",
    "Saved %1": "%1 に保存しました",
    "Cannot save": "保存できません",
    "Save as": "名前を付けて保存",
    "ShienPlan documents (*.shienplan)": "ShienPlan 文書 (*.shienplan)",
    "Unsaved changes": "未保存の変更",
    "Save the changes to %1?": "%1 の変更を保存しますか？",
    # joint program
    "Members…": "構成団体…",
    "Code": "コード",
    "Body": "団体",
    "Share of the local burden (n/d)": "実施主体の負担の割合（n/d）",
    "Equal shares": "均等に分ける",
    "Remove selected": "選択した団体を削除",
    "Stations and support programs may be run jointly by two or more bodies (002:1154). One standard amount applies to the joint program; its local burden is split by the shares.":
        "ステーション事業とサポート事業は2以上の自治体による共同実施が可能です（002:1154）。共同実施の基準額は1つで、実施主体の負担を割合で按分します。",
    "Add a member:": "構成団体の追加:",
    "Row %1: the share must be a fraction n/d between 0 and 1.": "%1 行目: 割合は 0 から 1 までの分数 n/d で入力してください。",
    "A joint program needs at least two members.": "共同実施には2団体以上が必要です。",
    "The shares add up to %1, not 1.": "割合の合計が %1 で、1 になっていません。",
    " — the first %1 of %2": "（全 %2 件のうち最初の %1 件）",
    # unconfirmed values and the official value dialog
    "Enter the official value…": "正式な値を入力…",
    "This estimate rests on values not confirmed by an official source:": "この試算は、正式な出典で確認されていない次の値に基づいています:",
    "Value": "値",
    "Status": "状態",
    "base / standard amount": "基本額・基準額",
    "base with the multi-layered support system (重層)": "基本額（重層実施）",
    "subsidy rate": "補助率",
    "add-on for": "加算",
    "Enter the official value": "正式な値の入力",
    "Now: %1": "現在: %1",
    "Rate (n/d)": "補助率（n/d）",
    "Only a range is known": "範囲しか分からない",
    "Amount (yen), or lower end": "金額（円）または下限",
    "Upper end (yen)": "上限（円）",
    "e.g. the FY2025 grant guidelines (令和7年度交付要綱), table 2(1)": "例: 令和7年度交付要綱 別表 2(1)",
    "Source (required)": "出典（必須）",
    "Note": "メモ",
    "Enter the source of the value (the document and where in it).": "値の出典（資料名と該当箇所）を入力してください。",
    "A rate is a fraction n/d greater than 0 and at most 1.": "補助率は 0 より大きく 1 以下の分数 n/d で入力してください。",
    "Enter the amount in yen.": "金額を円で入力してください。",
    "The lower end is above the upper end.": "下限が上限を上回っています。",
    "Rule books (amounts, matrix, sources)…": "ルールブック（金額・事業表・出典）…",
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
    # rule book window (issue 7: ui/rulebook/)
    "Center (prefecture / designated city)": "センター（都道府県・指定都市）",
    "Satellite": "サテライト",
    "Center (municipal)": "センター（市区町村）",
    "Station": "ステーション",
    "Support program": "サポート事業",
    "Preparation support": "準備支援",
    "Acceleration (FY2022)": "加速化事業（令和4年度）",
    "Whole book": "年度共通",
    "Consultation": "相談支援",
    "Ibasho": "居場所",
    "Network": "ネット\nワーク",
    "Peer/family\nmeetings": "当事者会\n家族会",
    "Lectures": "講演会\n研修会",
    "Supporters": "サポー\nター",
    "Private\ngroups": "民間団体\n連携",
    "Survey": "実態把握",
    "Prof.\nstaff": "専門職",
    "Expert\nteam": "多職種\nチーム",
    "Staff\ntraining": "職員養成\n研修",
    "Municipal\nback-up": "市町村\n支援",
    "Supporter\ncare": "支援者\nケア",
    "Visiting\nsupporters*": "訪問\n支援員*",
    "◎ required sub-project": "◎ 必須事業",
    "○ optional sub-project": "○ 任意事業",
    "- not allowed": "- 対象外",
    "added": "追加",
    "removed": "削除",
    "changed": "変更",
    "status only": "状態のみ変更",
    "source only": "出典のみ変更",
    "bundled with the program": "プログラム同梱",
    "created here, not saved yet": "この画面で作成（未保存）",
    "Rule books — ShienPlan": "ルールブック — ShienPlan",
    "Rule book": "ルールブック",
    "Differences between years": "年度間の差分",
    "Required (◎) and optional (○) sub-projects by menu — hover a cell for its source, double-click to change it":
        "事業別の必須事業（◎）・任意事業（○）— セルにマウスを置くと出典、ダブルクリックで変更",
    "Background: <span style=\"background:%1\">&nbsp;inferred / assumed&nbsp;</span> <span style=\"background:%2\">&nbsp;carried over&nbsp;</span> <span style=\"background:%3\">&nbsp;unknown&nbsp;</span> <span style=\"background:%4\">&nbsp;user-entered&nbsp;</span>; none: stated in the source. ≤ n: cap on persons. * column label not printed in the source (000:173), unverified.":
        "背景色: <span style=\"background:%1\">&nbsp;推定・仮定&nbsp;</span> <span style=\"background:%2\">&nbsp;前年度から継続&nbsp;</span> <span style=\"background:%3\">&nbsp;未確認&nbsp;</span> <span style=\"background:%4\">&nbsp;ユーザー入力&nbsp;</span>、色なし: 資料に記載。≤ n: 人数の上限。* 列見出しが資料に印字されていない列（000:173、未確認）。",
    "Bodies, rates, caps, staffing and amounts — double-click a value to enter the official one with its source":
        "実施主体・補助率・上限人数・人員・金額 — ダブルクリックで正式な値を出典とともに入力",
    "&From": "比較元(&F)",
    "&To": "比較先(&T)",
    "Also show changes of status or source only": "状態・出典のみの変更も表示",
    "Rows whose value is unchanged but whose status or cited document differs (a status follows the fiscal year of its document).":
        "値は同じで、状態または出典の資料だけが変わった行です（状態は資料の年度によります）。",
    "Load from file…": "ファイルから読み込み…",
    "Read a rule book file (e.g. your prefecture's confirmed book); you see the differences before it replaces anything":
        "ルールブックのファイル（都道府県が確認したものなど）を読み込みます。置き換える前に違いを表示します",
    "Save to file…": "ファイルに保存…",
    "Write this year's book to a file, e.g. to send it to the towns of your prefecture":
        "この年度のルールブックをファイルに書き出します（管内の市町村に送る場合など）",
    "Save as this computer's rule book": "このパソコンのルールブックとして保存",
    "Use this year's book for every estimate on this computer (the bundled book stays unchanged)":
        "このパソコンのすべての試算でこの年度のルールブックを使います（同梱のルールブックは変更されません）",
    "&Close": "閉じる(&C)",
    "Enter value…": "値を入力…",
    "New fiscal year…": "新しい年度を作成…",
    "Start next year's book from the latest one; every value is marked carried over until you confirm it":
        "最新の年度から次の年度のルールブックを作成します。確認して入力するまで、すべての値は「前年度から継続」です",
    "Unsaved rule books": "保存していないルールブック",
    "%1 changed but not saved as this computer's rule book. Save now?":
        "%1 に変更がありますが、このパソコンのルールブックとして保存されていません。保存しますか？",
    " (not saved)": "（未保存）",
    "All menus and the year's common values": "すべての事業と年度共通の値",
    "Run by: %1": "実施主体: %1",
    "Subsidy rate %1": "補助率 %1",
    "Start-up support and calculation": "立ち上げ支援・計算方法",
    "No rule book.": "ルールブックがありません。",
    "from: %1": "出所: %1",
    "matrix version %1, %2 columns · unknown %3 · range %4 · carried over %5 · user-entered %6":
        "表 Version %1（%2列）・未確認 %3・範囲 %4・前年度から継続 %5・ユーザー入力 %6",
    "Changed here: estimates use it only after 「Save as this computer's rule book」.":
        "この画面で変更済み: 試算に使われるのは「このパソコンのルールブックとして保存」の後です。",
    "Not defined": "未定義",
    "Status: %1": "状態: %1",
    "Source: %1": "出典: %1",
    "Cap: %1 persons %2": "上限: %1人 %2",
    "Double-click to change it (with a source).": "ダブルクリックで変更（出典が必要です）。",
    "%1 → %2: %3 differences": "%1 → %2: 違い %3 件",
    " (and %1 changes of source only, not shown)": "（ほかに出典のみの変更 %1 件は非表示）",
    "This value cannot be edited here.": "この値はここでは変更できません。",
    "%1 › %2 = %3": "%1 › %2 = %3",
    "Entered %1 › %2 = %3 (%4)": "%1 › %2 = %3 を入力しました（%4）",
    "%1 cannot be edited here; edit the book's file.": "%1 はここでは変更できません。ルールブックのファイルで編集してください。",
    "Select a value or a cell first.": "先に値またはセルを選んでください。",
    "New fiscal year": "新しい年度",
    "There is already a rule book for %1.": "%1 のルールブックはすでにあります。",
    "New fiscal year %1": "新しい年度 %1",
    "%1 created from %2: every value is carried over until you enter it with a source.":
        "%2 から %1 を作成しました。出典とともに入力するまで、すべての値は「前年度から継続」です。",
    "Fiscal year (the calendar year it starts, e.g. %1 = %2).\nIt starts as a copy of %3.":
        "年度（始まる年の西暦。例: %1 = %2）。\n%3 の複製から始まります。",
    "Cannot read the rule book": "ルールブックを読み込めません",
    "%1: %2": "%1: %2",
    "Differences against the current %1 book (%2):": "現在の %1 のルールブック（%2）との違い:",
    "There is no %1 book yet. Differences against %2:": "%1 のルールブックはまだありません。%2 との違い:",
    "There is no %1 book yet.": "%1 のルールブックはまだありません。",
    "Load a rule book": "ルールブックの読み込み",
    "No differences: the file holds the same values.": "違いはありません（ファイルの値は現在と同じです）。",
    "%1 differences. Nothing is replaced until you confirm.": "違い %1 件。確定するまで何も置き換わりません。",
    "Replace the %1 book": "%1 のルールブックを置き換える",
    "Not loaded: nothing was replaced.": "読み込みを取り消しました。何も置き換わっていません。",
    "Load %1": "%1 の読み込み",
    "Loaded %1 as the %2 book. Estimates use it after 「Save as this computer's rule book」.":
        "%1 を %2 のルールブックとして読み込みました。試算に使うには「このパソコンのルールブックとして保存」を選んでください。",
    "Rule books (*.json);;All files (*)": "ルールブック (*.json);;すべてのファイル (*)",
    "%1: the bundled rule books cannot be changed.": "%1: 同梱のルールブックは変更できません。",
    "Save the rule book to a file": "ルールブックをファイルに保存",
    "Rule books (*.json)": "ルールブック (*.json)",
    "The folder for this computer's rule books cannot be created: %1": "このパソコンのルールブックのフォルダーを作成できません: %1",
    "Saved %1 as this computer's rule book (%2). Estimates use it from now on.":
        "%1 をこのパソコンのルールブックとして保存しました（%2）。これからの試算はこの値を使います。",
    "Before: %1": "変更前: %1",
    "After: %1": "変更後: %1",
    "Before": "変更前",
    "After": "変更後",
    "Path in the file": "ファイル内の位置",
    "Enter a rule book value": "ルールブックの値の入力",
    "%1, now: %2": "%1 現在の値: %2",
    "An exact amount": "確定額",
    "A range (minimum – maximum)": "範囲（下限〜上限）",
    "Unknown (not in the documents)": "不明（資料に記載なし）",
    "thousand yen (千円)": "千円",
    "yen": "円",
    "Entered as": "入力の形",
    "Unit": "単位",
    "Amount": "金額",
    "Maximum": "上限",
    "Minimum": "下限",
    "Rate (a fraction n/d)": "補助率（分数 n/d）",
    "Cell": "区分（◎/○/-）",
    "Enter": "入力",
    "The value will be unknown: estimates keep no lower bound.": "値は「不明」になります。試算の下限はなくなります。",
    "Enter the amount.": "金額を入力してください。",
    "The amount must be digits only.": "金額は数字で入力してください。",
    "Enter at least one end of the range.": "範囲の下限か上限の少なくとも一方を入力してください。",
    "The minimum (%1) is larger than the maximum (%2).": "下限（%1）が上限（%2）より大きくなっています。",
    "Enter the rate as a fraction such as 1/2 or 3/4.": "補助率は 1/2、3/4 のような分数で入力してください。",
    "A rate must be more than 0 and at most 1 (got %1).": "補助率は 0 より大きく 1 以下です（入力: %1）。",
    "A source is required: cite the document and the place, e.g. 「令和7年度交付要綱 別表 2(1)」. A value without a source cannot be entered.":
        "出典を入力してください。資料名と箇所を書きます（例: 「令和7年度交付要綱 別表 2(1)」）。出典のない値は入力できません。",
    "This sub-project has no amount of its own yet: the default add-on applies. Double-click to enter its amount.":
        "この事業の額はまだ入力されていないため、既定の加算額を使っています。ダブルクリックしてこの事業の額を入力します。",
    "Double-click to enter the official value with its source.": "ダブルクリックで正式な値を出典とともに入力します。",
    "Not editable here (edit the book's file).": "ここでは変更できません（ルールブックのファイルで編集）。",
    "Menu": "事業",
    "Matrix": "表",
    "Undo": "元に戻す",
    "Redo": "やり直す",
    # reports: File menu (ui/export/printactions.cpp)
    "&Print…": "印刷(&P)…",
    "Print pre&view…": "印刷プレビュー(&V)…",
    "Export P&DF…": "PDF に書き出し(&D)…",
    "Export E&xcel workbook…": "Excel に書き出し(&X)…",
    "Export &CSV…": "CSV に書き出し(&C)…",
    "Print the report: every scenario with its amounts, their status and sources":
        "計画書を印刷します（各シナリオの金額、値の状態と出典）",
    "Save the report as an A4 PDF to file or mail": "計画書を A4 の PDF として保存します（提出・メール用）",
    "Save an Excel workbook: a summary and one sheet per scenario": "Excel ブックとして保存します（概要とシナリオごとのシート）",
    "Save a CSV file (UTF-8 with BOM), one row per program": "CSV ファイル（UTF-8、BOM 付き、事業ごとに1行）として保存します",
    "Print preview: %1": "印刷プレビュー: %1",
    "PDF files (*.pdf)": "PDF ファイル (*.pdf)",
    "Excel workbooks (*.xlsx)": "Excel ブック (*.xlsx)",
    "CSV files (*.csv)": "CSV ファイル (*.csv)",
    "Export PDF": "PDF に書き出し",
    "Export Excel workbook": "Excel に書き出し",
    "Export CSV": "CSV に書き出し",
    "Cannot export": "書き出せません",
    "Wrote %1": "%1 に書き出しました",
    # prefecture view (issue 6)
    "Prefecture": "都道府県",
    "Body code": "団体コード",
    "Body name": "団体名",
    "Body kind": "種別",
    "Population": "人口",
    "Programs %1": "実施事業 %1",
    "By year": "年度ごとの事業",
    "Start-up support by the prefecture": "都道府県の立ち上げ支援",
    "National subsidy vs. previous year": "国庫補助額の前年度比",
    "By population": "人口比",
    "Shares in proportion to the members' populations as entered in their plans": "各団体の計画に入力された人口に比例して按分します",
    "No population for %1: enter it in that body's plan (or in the prefecture tab) first.":
        "%1 の人口がありません。先にその団体の計画（または都道府県タブ）で人口を入力してください。",
    " (no expenditure entered)": "（支出額未入力）",
    "errors: %1": "エラー %1 件",
    "warnings: %1": "注意 %1 件",
    "no program": "事業なし",
    "not planned": "計画なし",
    "Taken from the body's plan of another year; enter this year's figure to fix it.":
        "他の年度の計画の人口です。この年度の人口を入力してください。",
    "This body's part: the local burden of its own programs, and for joint programs its exact share.":
        "この団体の負担: 単独で実施する事業の負担と、共同実施の事業の負担割合に応じた額（円単位で按分）。",
    "With start-up support": "うち立ち上げ支援",
    "Total of the prefecture": "都道府県の合計",
    "National subsidy by year and menu": "年度・事業別の国庫補助額",
    " (ranges at their upper end; unknown upper ends at the lower end)": "（範囲は上限、上限不明は下限で表示）",
    " (ranges at their upper end)": "（範囲は上限で表示）",
    "Show": "表示",
    "Name, reading or code": "団体名・よみ・コード",
    "Open the plan": "計画を開く",
    "Open the selected body's plan of this year in the Plan tab (Enter or double click)":
        "選んだ団体のこの年度の計画を「計画」タブで開きます（Enter またはダブルクリック）",
    "Plan the next year": "翌年度の計画を作成",
    "Start next year's plan of every body planned this year, from this year's programs":
        "この年度に計画のある各団体について、この年度の事業をもとに翌年度の計画を作成します",
    "Every body planned in %1 already has a plan for %2.": "%1 に計画のある団体は、すべて %2 の計画があります。",
    "%1, %2: %3 of %4 municipalities run a program": "%1 %2: 事業を実施する市区町村 %3 / %4",
    " (none yet: %1)": "（未実施: %1）",
    ". National subsidy %1; the prefecture pays %2 (its own programs' burden and the start-up support it gives).":
        "。国庫補助額 %1、都道府県の負担 %2（自らの事業の負担と立ち上げ支援の額）。",
    "No plan of this year yet: open a row to start one, or plan the next year from the year before.":
        "この年度の計画はまだありません。行を開いて計画を作成するか、前年度から「翌年度の計画を作成」してください。",
    "%1 has no plan for %2 yet. Start an empty one?": "%1 には %2 の計画がありません。空の計画を作成しますか？",
    "Plan %1 from %2": "%2 から %1 の計画を作成",
    # rosters
    "Import roster: %1": "名簿の取り込み: %1",
    "%1 of %2 rows can be imported, as %3 plans (one per body and year).":
        "%2 行のうち %1 行を取り込めます（団体・年度ごとに %3 件の計画）。",
    "Rows that cannot be imported: %1. They are listed below with their line in the file.":
        "取り込めない行: %1 件。ファイルの行番号とともに下に示します。",
    "Line": "行",
    "Column": "列",
    "As written": "記載内容",
    "Problem": "問題",
    "Did you mean": "候補",
    "Notices": "お知らせ",
    "Notice": "内容",
    "Import": "取り込む",
    "&Import a roster (CSV)…": "名簿（CSV）を取り込む(&I)…",
    "E&xport the roster (CSV)…": "名簿（CSV）に書き出す(&X)…",
    "Sample rosters": "サンプル名簿",
    "Implementing municipalities, %1": "%1 実施自治体一覧",
    "Import roster %1": "名簿 %1 の取り込み",
    "Import a roster": "名簿の取り込み",
    "Rosters (*.csv *.tsv *.txt);;All files (*)": "名簿 (*.csv *.tsv *.txt);;すべてのファイル (*)",
    "Export the roster": "名簿の書き出し",
    "Rosters (*.csv)": "名簿 (*.csv)",
    "Roster written to %1": "名簿を %1 に書き出しました",
    "%1: %2 rows could not be imported (File ▸ Import a roster lists them).":
        "%1: 取り込めなかった行が %2 件あります（ファイル ▸ 名簿を取り込む で一覧できます）。",
    "ShienPlan documents (*.shienplan);;JSON plans (*.json *.jsonl);;Rosters (*.csv *.tsv);;All files (*)":
        "ShienPlan 文書 (*.shienplan);;JSON 計画 (*.json *.jsonl);;名簿 (*.csv *.tsv);;すべてのファイル (*)",
    # 担当区域 of a prefecture's center or satellite
    "Change the served municipalities": "担当区域の変更",
    "Served municipalities": "担当区域（支援する市町村）",
    "Choose…": "選ぶ…",
    "The municipalities this center or satellite serves (%1)":
        "このセンター・サテライトが支援する市町村（%1）",
    "%1 municipalities (%2 and others)": "%1団体（%2ほか）",
    "Not set": "未設定",
    "%1 (%2 municipalities)": "%1（%2団体）",
    "none": "なし",
    "Municipality": "市町村",
    "Programs this year": "今年度の事業",
    "Name, reading or code": "名前・よみ・コード",
    "Tick the listed": "表示中をすべて選ぶ",
    "Ticked only": "選択中のみ表示",
    "Untick the listed": "表示中をすべて外す",
    "Tick those with no program": "事業のない団体を選ぶ",
    "%1 municipalities ticked": "%1団体を選択",
    "The municipalities this center or satellite serves. A satellite is set up with the municipalities for an area where support is weak, for a limited time, and moves to municipal programs after 2 years in principle (000:143-145, 000:52); the center backs up the municipalities of its area (003:265). The served area changes no amount.":
        "このセンター・サテライトが支援する市町村です。サテライトは支援体制の弱い地域へ市町村と連携して有期で設置し、原則2年後に市町村事業に移行します（000:143-145、000:52）。センターは管内市町村を後方支援します（003:265）。担当区域は金額には影響しません。",
    "The served area of its center and satellites covers %1 municipalities (%2 of them with no program of their own).":
        "センター・サテライトの担当区域は %1 団体（うち自らの事業がない団体 %2）。",
    "%1 municipalities have neither a program nor a served area.": "事業も担当区域もない団体が %1 あります。",
    # alternatives (案), the cost breakdown (経費内訳) and the lettered calculation (ui/plan)
    "Adopt this alternative": "採用案にする",
    "Withdraw the adoption": "採用の取り消し",
    "Set eligible expenditure to %1 yen": "対象経費を %1 円に変更",
    "Count all of the total cost as eligible": "総事業費の全額を対象経費に変更",
    "Change the cost breakdown": "経費内訳の変更",
    "Change the budgeted amount": "予算計上額の変更",
    "Our sources do not say which costs the subsidy counts as eligible. Every line starts as eligible; you decide, and for a line that is not, say why.":
        "資料には、どの経費が補助の対象になるかは書かれていません。各行は「対象」で始まります。対象とするかは計画者が決め、対象外の行には理由を書いてください。",
    "Cost item": "費目",
    "Amount (yen)": "金額（円）",
    "Eligible cost": "対象",
    "Why not eligible": "対象外の理由",
    "Add a line": "行を追加",
    "Remove the line": "行を削除",
    "e.g. food at meetings": "例: 会議の飲食",
    "No breakdown: type %1 (and %2 where not all of it is eligible) above, or add lines.":
        "内訳なし: 上の欄に %1（全額が対象でなければ %2 も）を入力するか、行を追加してください。",
    "%1: %2 yen, %3: %4 yen": "%1 %2円　%3 %4円",
    "%1 (yen)": "%1（円）",
    "empty: all of (A)": "空欄: (A) の全額",
    "The sum of the cost breakdown: change its lines": "経費内訳の合計です。内訳の行で変更します",
    "Sub-projects (◎/○)": "事業の内容（◎/○）",
    "Cost breakdown (%1 lines)": "経費内訳（%1行）",
    "Cost breakdown": "経費内訳",
    "This alternative's total: (H) national subsidy": "この案の合計: (H) 国庫補助所要額",
    "This alternative's total: prefecture": "この案の合計: 都道府県の支援",
    "This alternative's total: local": "この案の合計: 実施主体の負担",
    "= %1": "= %1",
    "Budgeted national subsidy (yen)": "予算計上額（円）",
    "The amount you budget where the estimate is a range, e.g. the prefecture's notified amount (内示額). It changes no figure.":
        "試算が範囲のときに予算に計上する額です（都道府県からの内示額など）。試算の金額は変わりません。",
    "Why this amount (e.g. the prefecture's notice)": "理由（例: 都道府県からの内示額）",
    "&Alternative": "案(&S)",
    "Makes the alternative shown the adopted one (採用案) of its plan; the plan's other alternatives are no longer adopted. Press again to withdraw. Totals count the adopted alternative of each plan.":
        "表示中の案をこの計画の採用案にします。同じ計画の他の案の採用は外れます。もう一度押すと採用を取り消します。合計は各計画の採用案で数えます。",
    "adopted: %1": "採用: %1",
    "%1 (copy %2)": "%1（複製 %2）",
    "Rename alternative": "案の名前の変更",
    "Alternatives of %1 (ranges drawn at their upper end)": "%1 の案の比較（範囲は上限で表示）",
    "Alternatives of %1": "%1 の案の比較",
    # the prefecture table as CSV
    "Export the table…": "一覧を書き出す…",
    "Export the table": "一覧の書き出し",
    "The rows shown, in their order, as CSV for Excel (amounts in yen, ranges as min/max)":
        "表示中の行を表示順に CSV で書き出します（Excel 用。金額は円、範囲は下限・上限の2列）",
    "CSV (*.csv)": "CSV (*.csv)",
    "Cannot write %1: %2": "%1 に書き込めません: %2",
}


def load_area_tables():
    """Adds the tables of scripts/translations/*.py (one file per area of the window, each with
    its own `JA = {...}`), so that work on different areas does not edit one dictionary. An area's
    text replaces this file's (an area may reword its strings, e.g. to free a mnemonic); two areas
    that translate one string differently are refused."""
    owner = {}
    for f in sorted((ROOT / "scripts" / "translations").glob("*.py")):
        scope = {}
        exec(compile(f.read_text(encoding="utf-8"), str(f), "exec"), scope)
        for k, v in scope.get("JA", {}).items():
            if k in owner and JA[k] != v:
                print(f"{f.name} and {owner[k]}: {k!r} has two Japanese texts", file=sys.stderr)
                sys.exit(1)
            owner[k] = f.name
            JA[k] = v


def main():
    load_area_tables()
    check_only = "--check" in sys.argv
    if not check_only:
        # -I: includes are written from the repository root ("ui/plan/…"); without it lupdate
        # cannot resolve them and files the strings under contexts without their namespace.
        subprocess.run([LUPDATE, str(ROOT / "ui"), "-I", str(ROOT), "-ts", str(TS), "-no-obsolete", "-locations", "none"], check=True)
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
