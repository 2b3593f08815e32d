# The charts (ui/widgets/comparechart.cpp, ui/prefecture/prefecturechart.cpp). The comparison
# table's amount headers are the forms' words with 「（千円）」 (ui/models/comparemodel.cpp), and the
# chart's own words (axis unit, 「不明」, the keys of the hatching and the outline) are the report
# library's (report/chart/barchart.cpp), both languages written there, so that the window and the
# PDF say the same.
JA = {
    "Alternatives of %1": "%1 の案の比較",
    " — the first %1 of %2": "（全 %2 件のうち最初の %1 件）",
    "National subsidy by year and menu": "年度・事業別の国庫補助所要額",
}
