# The rule book window's words for statuses by fiscal year: the source documents' years, the
# cells a same-year document puts otherwise, and the facts beside the rules (issue 18).
JA = {
    "Source documents and their years": "資料と年度",
    "A value is “stated” only when a document of that fiscal year gives it. Taken from an "
    "earlier year's document it is “carried over”, from a later year's “inferred”, and a "
    "cap printed only in a later year's table “assumed”.":
        "値が「出典あり」になるのは、その年度の資料に記載がある場合だけです。前の年度の資料による値は"
        "「前年度から継続」、後の年度の資料による値は「推定」、後の年度の表にだけある上限人数は「仮定」です。",
    "Document": "資料",
    "Fiscal year": "年度",
    "What the year rests on": "年度の根拠",
    "Parts that speak for another year": "別の年度を示す箇所",
    "lines %1–%2: %3 (%4)": "本文%1〜%2行目: %3（%4）",
    "all of it": "全体",
    "the rest; %1": "下記以外の全体。%1",
    "A document of the same year differs: %1 (%2)": "同じ年度の資料では異なる: %1（%2）",
    "Matrix: %1, %2": "事業表: %1、%2",
    "※ on %1 cells: a document of this year puts them otherwise (hover the cell)":
        "※ %1か所のセルは、この年度の資料では異なる記載があります（セルにポインタを置くと表示）",
}
