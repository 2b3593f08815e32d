# The window's tables and exports (issue 14: no elided figure, one word per concept, codes that
# keep their zeros). The words follow docs/glossary.md: メニュー for the kind of program (the
# sources: 「基礎自治体の新メニューとして『ひきこもり支援ステーション事業』を創設」), 実施事業 for the
# program a body runs in a year, 取組 for the ◎/○ items (「実施主体・事業別の取組一覧」), 差引額 for
# (C).
JA = {
    # One term per concept (docs/glossary.md).
    "Program": "実施事業",
    "Programs": "実施事業",
    "P&rogram": "実施事業(&R)",
    "&Menu": "メニュー(&M)",
    "Menu": "メニュー",
    "Sub-project": "取組",
    "Sub-projects (◎/○)": "取組（◎/○）",
    "Next year's program": "翌年度のメニュー",
    "Programs this year": "今年度の実施事業",
    "Net expenditure": "差引額",
    # Exports: Excel or CSV, codes kept as text.
    "Excel workbook (*.xlsx)": "Excel ブック (*.xlsx)",
    "CSV (*.csv)": "CSV (*.csv)",
    "The rows shown, in their order, as an Excel workbook or CSV (amounts in yen, ranges as "
    "min/max, codes kept as text)":
        "表示中の行を表示順に Excel ブックか CSV で書き出します（金額は円、範囲は下限・上限の2列、"
        "団体コードは文字列のまま）",
}
