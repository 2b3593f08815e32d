# Strings the coordinator added while putting the areas together (issue 14).
JA = {
    "&Settings…": "設定(&S)…",
    "The name the change log records as the person in charge": "変更履歴に担当者として記録する名前",
    # Official values of matrix cells, caps and minimums (issue 18), the report's rows as Excel.
    "Matrix cell": "事業表の区分",
    " persons": " 名",
    "At most": "上限",
    "At least": "最低",
    "Excel workbooks, the same rows (*.xlsx)": "Excel ブック・同じ行 (*.xlsx)",
    "Cannot write %1": "%1 に書き込めません",
}
