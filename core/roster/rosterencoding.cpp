// Decoding a roster file's bytes (declared in rosterencoding.h): strict, so that a file in
// another encoding is reported rather than read as mojibake.

#include "core/roster/rosterencoding.h"

#include <QByteArrayView>
#include <QStringDecoder>

namespace shienplan::roster
{

Decoded decode(const QByteArray &bytes)
{
    Decoded d;
    auto strictUtf8 = [&d](QByteArrayView b) {
        QStringDecoder dec(QStringDecoder::Utf8);
        d.text = dec(b);
        return !dec.hasError();
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (!strictUtf8(QByteArrayView(bytes).sliced(3))) {
            d.problemJa = QStringLiteral(
                "UTF-8 の BOM で始まるのに、UTF-8 として読めないバイトがあります。");
            d.problemEn = QStringLiteral(
                "the file starts with a UTF-8 byte-order mark but is not valid UTF-8");
        }
        return d;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder dec(
            bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        d.text = dec(QByteArrayView(bytes).sliced(2));
        if (dec.hasError()) {
            d.problemJa = QStringLiteral("UTF-16 として読めない部分があります。");
            d.problemEn = QStringLiteral(
                "the file starts with a UTF-16 byte-order mark but is not valid UTF-16");
        }
        return d;
    }
    if (strictUtf8(bytes))
        return d;
    // Excel on Japanese Windows saves 「CSV (コンマ区切り)」 in CP932. Qt decodes it only when
    // it was built with ICU (or iconv); ask at run time rather than assume.
    for (const char *name : { "CP932", "Shift_JIS" }) {
        QStringDecoder dec(name);
        if (!dec.isValid())
            continue;
        d.text = dec(bytes);
        if (dec.hasError()) {
            d.text.clear();
            d.problemJa
                = QStringLiteral("文字コードが UTF-8 でも Shift_JIS (CP932) でもありません。Excel "
                                 "で「CSV UTF-8 (コンマ区切り)」として保存し直してください。");
            d.problemEn = QStringLiteral("the file is neither UTF-8 nor Shift_JIS (CP932); save it "
                                         "from Excel as \"CSV UTF-8 (Comma delimited)\"");
        } else {
            d.noticeJa = QStringLiteral("UTF-8 ではないため、Shift_JIS (CP932) として読みました。");
            d.noticeEn = QStringLiteral("the file is not UTF-8; read it as Shift_JIS (CP932)");
        }
        return d;
    }
    d.text.clear();
    d.problemJa = QStringLiteral("UTF-8 ではありません（Excel の「CSV (コンマ区切り)」は Shift_JIS "
                                 "で保存されます）。この環境では Shift_JIS を読めないため、Excel "
                                 "で「CSV UTF-8 (コンマ区切り)」として保存し直してください。");
    d.problemEn
        = QStringLiteral("the file is not UTF-8 (probably Shift_JIS/CP932, which Excel writes for "
                         "\"CSV (Comma delimited)\"), and this build cannot decode Shift_JIS; save "
                         "it from Excel as \"CSV UTF-8 (Comma delimited)\"");
    return d;
}

} // namespace shienplan::roster
