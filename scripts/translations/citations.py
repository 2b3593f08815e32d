# Sources and value keys in words (issue 14): the explanation dialog, the matrix, the rule book
# window, the change log and the settings dialog. The citations themselves are core's
# (core/base/sources.cpp), both languages written there.
JA = {
    "A source names the document and the line of its text the value is read from, ShienPlan's assumption where the documents give no value, or the citation you entered with your own value.":
        "出典は、値を読み取った資料とその本文の行、資料に値がない場合は ShienPlan の仮定、"
        "または正式な値とともに入力した出典を示します。",
    "The label of this column is not printed in the source (%1); verify it against the original.":
        "この列の見出しは資料（%1）に印刷されていません。原本で確認してください。",
    "Background: <span style=\"background:%1\">&nbsp;inferred / assumed&nbsp;</span> <span style=\"background:%2\">&nbsp;carried over&nbsp;</span> <span style=\"background:%3\">&nbsp;unknown&nbsp;</span> <span style=\"background:%4\">&nbsp;user-entered&nbsp;</span>; none: stated in the source. ≤ n: cap on persons. * column label not printed in the source (%5), unverified.":
        "背景色: <span style=\"background:%1\">&nbsp;推定・仮定&nbsp;</span> "
        "<span style=\"background:%2\">&nbsp;前年度から継続&nbsp;</span> "
        "<span style=\"background:%3\">&nbsp;未確認&nbsp;</span> "
        "<span style=\"background:%4\">&nbsp;ユーザー入力&nbsp;</span>、色なし: 資料に記載。"
        "≤ n: 人数の上限。* 列見出しが資料（%5）に印刷されておらず未確認。",
    "matrix: %1 · unknown %2 · range %3 · carried over %4 · user-entered %5":
        "事業表: %1 · 未確認 %2 · 範囲 %3 · 前年度から継続 %4 · ユーザー入力 %5",
    "the table of the FY2025 documents (14 columns)": "令和7年度資料の表（14列）",
    "the table of the FY2025 documents without its 14th column (13 columns)":
        "令和7年度資料の表から14列目を除いたもの（13列）",
    "the table of the FY2023 documents (12 columns)": "令和5年度資料の表（12列）",
    "a table of its own (%1 columns)": "独自の表（%1列）",
    "%1, %2": "%1・%2",
    "not recorded": "記録なし",
    "Settings": "設定",
    "&Name in the change log": "操作履歴に記録する名前(&N)",
    "The change log records this name as the person in charge (担当者) for every edit. The system names no account; leave it empty and the log records none.":
        "操作履歴には、編集ごとにこの名前を担当者として記録します。"
        "このコンピューターのアカウント名が取得できないため、空欄のままでは記録されません。",
    "The change log records this name as the person in charge (担当者) for every edit. Leave it empty to record the computer's account, %1.":
        "操作履歴には、編集ごとにこの名前を担当者として記録します。"
        "空欄のままにすると、このコンピューターのアカウント名（%1）を記録します。",
}
