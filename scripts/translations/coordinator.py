# Strings the coordinator added while putting the areas together (issue 14).
JA = {
    "&Settings…": "設定(&S)…",
    "The name the change log records as the person in charge": "変更履歴に担当者として記録する名前",
}
